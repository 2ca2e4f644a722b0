-- Issue 17 (helper plan1): an issued decision giving a planned person the planned title (or an equivalent one of the
-- same unit) closes the candidacy as APPOINTED, by career's event DecisionIssued: the removal columns name the
-- decision (number, signing day) and appointed_by_decision_id keeps the career decision's id (no cross-module FK), so
-- a revocation or amendment of that decision reopens exactly the candidacies it closed.
alter table planning_candidate add column appointed_by_decision_id bigint;
alter table planning_candidate add constraint planning_candidate_appointed_removed
    check (appointed_by_decision_id is null or removed_on is not null);
create index planning_candidate_appointed on planning_candidate (appointed_by_decision_id)
    where appointed_by_decision_id is not null;
