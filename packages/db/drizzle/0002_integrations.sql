CREATE TABLE `external_identity` (
	`issuer` text NOT NULL,
	`subject` text NOT NULL,
	`user_type` text NOT NULL,
	`user_id` text NOT NULL,
	`linked_at` integer NOT NULL,
	PRIMARY KEY(`issuer`, `subject`)
);
--> statement-breakpoint
CREATE INDEX `external_identity_user_idx` ON `external_identity` (`user_type`,`user_id`);--> statement-breakpoint
CREATE TABLE `integration_key` (
	`id` text PRIMARY KEY NOT NULL,
	`integration_id` text NOT NULL,
	`key_hash` text NOT NULL,
	`last_four` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`integration_id`) REFERENCES `integration`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `integration_key_keyHash_unique` ON `integration_key` (`key_hash`);--> statement-breakpoint
CREATE INDEX `integration_key_integration_idx` ON `integration_key` (`integration_id`);--> statement-breakpoint
CREATE TABLE `integration` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`accept_url` text,
	`sign_in_url` text,
	`identity_issuer` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_audit_event` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text,
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
INSERT INTO `__new_audit_event`("id", "agency_id", "account_id", "collaboration_id", "invitation_id", "actor_type", "actor_id", "action", "before", "after", "created_at") SELECT "id", "agency_id", "account_id", "collaboration_id", "invitation_id", "actor_type", "actor_id", "action", "before", "after", "created_at" FROM `audit_event`;--> statement-breakpoint
DROP TABLE `audit_event`;--> statement-breakpoint
ALTER TABLE `__new_audit_event` RENAME TO `audit_event`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `audit_event_collaboration_idx` ON `audit_event` (`collaboration_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_event_agency_idx` ON `audit_event` (`agency_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `account_user` ADD `external_id` text;--> statement-breakpoint
ALTER TABLE `account_user` ADD `deactivated_at` integer;--> statement-breakpoint
ALTER TABLE `account_user` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `account_user_account_external_uq` ON `account_user` (`account_id`,`external_id`);--> statement-breakpoint
ALTER TABLE `agency` ADD `integration_id` text REFERENCES integration(id);--> statement-breakpoint
ALTER TABLE `agency` ADD `external_id` text;--> statement-breakpoint
ALTER TABLE `agency` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `agency_integration_external_uq` ON `agency` (`integration_id`,`external_id`);--> statement-breakpoint
ALTER TABLE `customer_account` ADD `integration_id` text REFERENCES integration(id);--> statement-breakpoint
ALTER TABLE `customer_account` ADD `external_id` text;--> statement-breakpoint
ALTER TABLE `customer_account` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `customer_account_integration_external_uq` ON `customer_account` (`integration_id`,`external_id`);--> statement-breakpoint
ALTER TABLE `customer` ADD `external_id` text;--> statement-breakpoint
ALTER TABLE `customer` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `customer_agency_external_uq` ON `customer` (`agency_id`,`external_id`);--> statement-breakpoint
ALTER TABLE `employee` ADD `external_id` text;--> statement-breakpoint
ALTER TABLE `employee` ADD `deactivated_at` integer;--> statement-breakpoint
ALTER TABLE `employee` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `employee_agency_external_uq` ON `employee` (`agency_id`,`external_id`);--> statement-breakpoint
ALTER TABLE `outbox_message` ADD `agency_id` text;--> statement-breakpoint
ALTER TABLE `task` ADD `external_id` text;--> statement-breakpoint
ALTER TABLE `task` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `task_agency_external_uq` ON `task` (`agency_id`,`external_id`);