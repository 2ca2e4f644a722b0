-- people: nothing in the personnel history is hard-deleted. A dossier or a history entry is removed by a recorded
-- state (deleted_at, deleted_by, delete_reason), a correction soft-deletes the old row and inserts its replacement.
-- These triggers refuse DELETE and TRUNCATE on the dossier and every history table, whoever connects.
create function person_forbid_delete() returns trigger language plpgsql as $$
begin
    raise exception '% is personnel history: % is not allowed (soft-delete with deleted_at instead)', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger person_no_delete before delete on person for each row execute function person_forbid_delete();
create trigger person_no_truncate before truncate on person for each statement execute function person_forbid_delete();
create trigger person_position_no_delete before delete on person_position for each row execute function person_forbid_delete();
create trigger person_position_no_truncate before truncate on person_position for each statement execute function person_forbid_delete();
create trigger person_salary_no_delete before delete on person_salary for each row execute function person_forbid_delete();
create trigger person_salary_no_truncate before truncate on person_salary for each statement execute function person_forbid_delete();
create trigger person_qualification_no_delete before delete on person_qualification for each row execute function person_forbid_delete();
create trigger person_qualification_no_truncate before truncate on person_qualification for each statement execute function person_forbid_delete();
create trigger person_training_no_delete before delete on person_training for each row execute function person_forbid_delete();
create trigger person_training_no_truncate before truncate on person_training for each statement execute function person_forbid_delete();
create trigger person_work_history_no_delete before delete on person_work_history for each row execute function person_forbid_delete();
create trigger person_work_history_no_truncate before truncate on person_work_history for each statement execute function person_forbid_delete();
create trigger person_award_no_delete before delete on person_award for each row execute function person_forbid_delete();
create trigger person_award_no_truncate before truncate on person_award for each statement execute function person_forbid_delete();
create trigger person_discipline_no_delete before delete on person_discipline for each row execute function person_forbid_delete();
create trigger person_discipline_no_truncate before truncate on person_discipline for each statement execute function person_forbid_delete();
create trigger person_family_no_delete before delete on person_family for each row execute function person_forbid_delete();
create trigger person_family_no_truncate before truncate on person_family for each statement execute function person_forbid_delete();
create trigger person_history_note_no_delete before delete on person_history_note for each row execute function person_forbid_delete();
create trigger person_history_note_no_truncate before truncate on person_history_note for each statement execute function person_forbid_delete();
create trigger person_mass_org_no_delete before delete on person_mass_org for each row execute function person_forbid_delete();
create trigger person_mass_org_no_truncate before truncate on person_mass_org for each statement execute function person_forbid_delete();
