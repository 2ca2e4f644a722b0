-- org: the organisation history is never hard-deleted. Units end by a restructuring (valid_to), they are not removed.
-- One exception, inside one transaction only: RestructuringService.mergeBodies replaces the same-day version that
-- the commune merge of the same operation has just written (it would otherwise last zero days). It announces this
-- with the transaction-local setting canbo.replace_same_day_version = 'on', and only rows written by the current
-- transaction (age(xmin) = 0, never committed) may then be deleted.
create function org_forbid_delete() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_table_name = 'org_unit_version'
       and current_setting('canbo.replace_same_day_version', true) = 'on'
       and exists (select 1 from org_unit_version v where v.id = old.id and age(v.xmin) = 0) then
        return old;
    end if;
    raise exception '% is organisation history: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger org_unit_no_delete before delete on org_unit
    for each row execute function org_forbid_delete();
create trigger org_unit_version_no_delete before delete on org_unit_version
    for each row execute function org_forbid_delete();
create trigger org_restructuring_no_delete before delete on org_restructuring
    for each row execute function org_forbid_delete();
create trigger org_restructuring_link_no_delete before delete on org_restructuring_link
    for each row execute function org_forbid_delete();

create trigger org_unit_no_truncate before truncate on org_unit
    for each statement execute function org_forbid_delete();
create trigger org_unit_version_no_truncate before truncate on org_unit_version
    for each statement execute function org_forbid_delete();
create trigger org_restructuring_no_truncate before truncate on org_restructuring
    for each statement execute function org_forbid_delete();
create trigger org_restructuring_link_no_truncate before truncate on org_restructuring_link
    for each statement execute function org_forbid_delete();
