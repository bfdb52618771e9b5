CREATE TABLE `collaboration_status_count` (
	`agency_id` text NOT NULL,
	`status` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`agency_id`, `status`),
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `collaboration` ADD `invitation_expires_at` integer;--> statement-breakpoint
CREATE INDEX `collaboration_agency_status_expires_idx` ON `collaboration` (`agency_id`,`status`,`invitation_expires_at`);
--> statement-breakpoint
-- Written by hand below (drizzle-kit has no triggers). The overview reads two things kept here
-- by the database itself, in the same transaction as every write, whatever code writes:
-- each collaboration's copy of its invitation's expiry, and each agency's count per status.
UPDATE `collaboration` SET `invitation_expires_at` = (SELECT `expires_at` FROM `invitation` WHERE `invitation`.`id` = `collaboration`.`invitation_id`) WHERE `invitation_id` IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER `collaboration_expiry_after_insert` AFTER INSERT ON `collaboration` WHEN NEW.`invitation_id` IS NOT NULL
BEGIN
  UPDATE `collaboration` SET `invitation_expires_at` = (SELECT `expires_at` FROM `invitation` WHERE `id` = NEW.`invitation_id`) WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `collaboration_expiry_after_relink` AFTER UPDATE OF `invitation_id` ON `collaboration`
BEGIN
  UPDATE `collaboration` SET `invitation_expires_at` = (SELECT `expires_at` FROM `invitation` WHERE `id` = NEW.`invitation_id`) WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `invitation_expiry_after_update` AFTER UPDATE OF `expires_at` ON `invitation`
BEGIN
  UPDATE `collaboration` SET `invitation_expires_at` = NEW.`expires_at` WHERE `invitation_id` = NEW.`id`;
END;
--> statement-breakpoint
INSERT INTO `collaboration_status_count` (`agency_id`, `status`, `count`) SELECT `agency_id`, `status`, count(*) FROM `collaboration` GROUP BY `agency_id`, `status`;
--> statement-breakpoint
CREATE TRIGGER `collaboration_count_after_insert` AFTER INSERT ON `collaboration`
BEGIN
  INSERT INTO `collaboration_status_count` (`agency_id`, `status`, `count`) VALUES (NEW.`agency_id`, NEW.`status`, 1)
    ON CONFLICT (`agency_id`, `status`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `collaboration_count_after_delete` AFTER DELETE ON `collaboration`
BEGIN
  UPDATE `collaboration_status_count` SET `count` = `count` - 1 WHERE `agency_id` = OLD.`agency_id` AND `status` = OLD.`status`;
END;
--> statement-breakpoint
CREATE TRIGGER `collaboration_count_after_status_change` AFTER UPDATE OF `status`, `agency_id` ON `collaboration`
  WHEN OLD.`status` IS NOT NEW.`status` OR OLD.`agency_id` IS NOT NEW.`agency_id`
BEGIN
  UPDATE `collaboration_status_count` SET `count` = `count` - 1 WHERE `agency_id` = OLD.`agency_id` AND `status` = OLD.`status`;
  INSERT INTO `collaboration_status_count` (`agency_id`, `status`, `count`) VALUES (NEW.`agency_id`, NEW.`status`, 1)
    ON CONFLICT (`agency_id`, `status`) DO UPDATE SET `count` = `count` + 1;
END;
