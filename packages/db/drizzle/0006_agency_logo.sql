ALTER TABLE `agency` ADD `logo_url` text;--> statement-breakpoint
-- Written by hand below (drizzle-kit has no triggers). The logo's address goes into the HTML of
-- e-mails to other companies, so the database refuses anything but an https address of at most
-- 2000 characters, whatever code writes; the API checks more (isSafeLogoUrl) and answers first.
CREATE TRIGGER `agency_logo_url_before_insert` BEFORE INSERT ON `agency`
WHEN NEW.`logo_url` IS NOT NULL AND (substr(NEW.`logo_url`, 1, 8) <> 'https://' OR length(NEW.`logo_url`) > 2000)
BEGIN SELECT RAISE(ABORT, 'agency.logo_url must be an https address'); END;
--> statement-breakpoint
CREATE TRIGGER `agency_logo_url_before_update` BEFORE UPDATE OF `logo_url` ON `agency`
WHEN NEW.`logo_url` IS NOT NULL AND (substr(NEW.`logo_url`, 1, 8) <> 'https://' OR length(NEW.`logo_url`) > 2000)
BEGIN SELECT RAISE(ABORT, 'agency.logo_url must be an https address'); END;
