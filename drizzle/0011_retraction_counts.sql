CREATE TRIGGER retracted_rows_counts_insert AFTER INSERT ON retracted_rows BEGIN
  UPDATE people SET statement_count = statement_count - 1
  WHERE NEW.table_name = 'statements' AND id = (SELECT speaker_person_id FROM statements WHERE id = NEW.row_id);
  UPDATE articles SET casualty_report_count = casualty_report_count - 1
  WHERE NEW.table_name = 'casualty_reports' AND id = (SELECT article_id FROM casualty_reports WHERE id = NEW.row_id);
  UPDATE articles SET military_deployment_count = military_deployment_count - 1
  WHERE NEW.table_name = 'military_deployments' AND id = (SELECT article_id FROM military_deployments WHERE id = NEW.row_id);
END;
--> statement-breakpoint
CREATE TRIGGER retracted_rows_counts_delete AFTER DELETE ON retracted_rows BEGIN
  UPDATE people SET statement_count = statement_count + 1
  WHERE OLD.table_name = 'statements' AND id = (SELECT speaker_person_id FROM statements WHERE id = OLD.row_id);
  UPDATE articles SET casualty_report_count = casualty_report_count + 1
  WHERE OLD.table_name = 'casualty_reports' AND id = (SELECT article_id FROM casualty_reports WHERE id = OLD.row_id);
  UPDATE articles SET military_deployment_count = military_deployment_count + 1
  WHERE OLD.table_name = 'military_deployments' AND id = (SELECT article_id FROM military_deployments WHERE id = OLD.row_id);
END;
