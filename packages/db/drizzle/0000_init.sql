CREATE TABLE `access_grant` (
	`id` text PRIMARY KEY NOT NULL,
	`collaboration_id` text NOT NULL,
	`account_id` text NOT NULL,
	`service` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaboration`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `customer_account`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `access_grant_collaboration_subject_uq` ON `access_grant` (`collaboration_id`,`subject_type`,`subject_id`);--> statement-breakpoint
CREATE INDEX `access_grant_account_service_idx` ON `access_grant` (`account_id`,`service`);--> statement-breakpoint
CREATE INDEX `access_grant_subject_idx` ON `access_grant` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE TABLE `account_user` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`is_admin` integer NOT NULL,
	`locale` text DEFAULT 'sv' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `customer_account`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `account_user_account_idx` ON `account_user` (`account_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `account_user_account_email_uq` ON `account_user` (`account_id`,`email`);--> statement-breakpoint
CREATE TABLE `agency` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`org_number` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_event` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`account_id` text,
	`collaboration_id` text,
	`invitation_id` text,
	`actor_type` text NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `customer_account`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaboration`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitation`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_event_collaboration_idx` ON `audit_event` (`collaboration_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_event_agency_idx` ON `audit_event` (`agency_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `collaboration` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`account_id` text NOT NULL,
	`service` text,
	`task_id` text,
	`legacy_service_name` text,
	`options` text NOT NULL,
	`status` text NOT NULL,
	`invitation_id` text,
	`created_by_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`activated_at` integer,
	`ended_at` integer,
	`end_reason` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customer`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `customer_account`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`task_id`) REFERENCES `task`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `employee`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `collaboration_customer_service_open_uq` ON `collaboration` (`customer_id`,`service`) WHERE status in ('pending', 'active');--> statement-breakpoint
CREATE INDEX `collaboration_agency_created_idx` ON `collaboration` (`agency_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `collaboration_agency_status_created_idx` ON `collaboration` (`agency_id`,`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `collaboration_agency_service_created_idx` ON `collaboration` (`agency_id`,`service`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `collaboration_customer_idx` ON `collaboration` (`customer_id`);--> statement-breakpoint
CREATE INDEX `collaboration_task_idx` ON `collaboration` (`task_id`);--> statement-breakpoint
CREATE INDEX `collaboration_invitation_idx` ON `collaboration` (`invitation_id`);--> statement-breakpoint
CREATE INDEX `collaboration_account_idx` ON `collaboration` (`account_id`);--> statement-breakpoint
CREATE TABLE `customer_account` (
	`id` text PRIMARY KEY NOT NULL,
	`org_number` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customer_account_orgNumber_unique` ON `customer_account` (`org_number`);--> statement-breakpoint
CREATE TABLE `customer` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`name` text NOT NULL,
	`search_name` text NOT NULL,
	`org_number` text NOT NULL,
	`company_type` text NOT NULL,
	`contact_name` text NOT NULL,
	`contact_email` text,
	`contact_phone` text,
	`account_manager_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_manager_id`) REFERENCES `employee`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customer_agency_org_number_uq` ON `customer` (`agency_id`,`org_number`);--> statement-breakpoint
CREATE INDEX `customer_agency_search_name_idx` ON `customer` (`agency_id`,`search_name`);--> statement-breakpoint
CREATE INDEX `customer_agency_account_manager_idx` ON `customer` (`agency_id`,`account_manager_id`);--> statement-breakpoint
CREATE TABLE `employee` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`rights` text NOT NULL,
	`locale` text DEFAULT 'sv' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `employee_agency_idx` ON `employee` (`agency_id`);--> statement-breakpoint
CREATE TABLE `idempotency_record` (
	`actor_id` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`response` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`actor_id`, `key`)
);
--> statement-breakpoint
CREATE TABLE `invitation` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`account_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`status` text NOT NULL,
	`expires_at` integer NOT NULL,
	`sent_by_id` text NOT NULL,
	`sent_at` integer NOT NULL,
	`send_count` integer DEFAULT 1 NOT NULL,
	`responded_by_id` text,
	`responded_at` integer,
	`decline_reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customer`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `customer_account`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sent_by_id`) REFERENCES `employee`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responded_by_id`) REFERENCES `account_user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitation_tokenHash_unique` ON `invitation` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invitation_agency_sent_idx` ON `invitation` (`agency_id`,`sent_at`);--> statement-breakpoint
CREATE TABLE `outbox_message` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`topic` text NOT NULL,
	`recipient` text NOT NULL,
	`locale` text NOT NULL,
	`payload` text NOT NULL,
	`related_id` text,
	`sealed_secret` text,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`created_at` integer NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE INDEX `outbox_message_due_idx` ON `outbox_message` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_message_related_idx` ON `outbox_message` (`related_id`);--> statement-breakpoint
CREATE TABLE `replaced_invitation_token` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`invitation_id` text NOT NULL,
	`replaced_at` integer NOT NULL,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitation`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `replaced_invitation_token_invitation_idx` ON `replaced_invitation_token` (`invitation_id`);--> statement-breakpoint
CREATE TABLE `task_participant` (
	`task_id` text NOT NULL,
	`employee_id` text NOT NULL,
	PRIMARY KEY(`task_id`, `employee_id`),
	FOREIGN KEY (`task_id`) REFERENCES `task`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employee_id`) REFERENCES `employee`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `task_participant_employee_idx` ON `task_participant` (`employee_id`);--> statement-breakpoint
CREATE TABLE `task` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`name` text NOT NULL,
	`owner_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customer`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `employee`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `task_customer_idx` ON `task` (`customer_id`);--> statement-breakpoint
CREATE INDEX `task_agency_owner_idx` ON `task` (`agency_id`,`owner_id`);