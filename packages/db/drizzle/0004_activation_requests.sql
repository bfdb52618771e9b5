CREATE TABLE `activation_request` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`requested_by_id` text NOT NULL,
	`colleague_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`task_id` text NOT NULL,
	`input` text NOT NULL,
	`note` text,
	`status` text NOT NULL,
	`invitation_id` text,
	`dismiss_reason` text,
	`handled_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by_id`) REFERENCES `employee`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`colleague_id`) REFERENCES `employee`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customer`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`task_id`) REFERENCES `task`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitation`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activation_request_agency_colleague_idx` ON `activation_request` (`agency_id`,`colleague_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `activation_request_agency_requester_idx` ON `activation_request` (`agency_id`,`requested_by_id`,`status`,`created_at`);