package vn.canbo.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Formats;

/**
 * The pipeline board of Party organisations on a day: candidates in progress, ceremonies
 * due with their PM-01 deadline, probations with the PM-03 deadline of the recognition,
 * overdue ones marked. Read by the board page and the alerts.
 */
@Component
class PipelineBoard {

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final CandidateRows rows;

	private final AdmissionRules rules;

	PipelineBoard(JdbcClient jdbc, PartyAccess access, CandidateRows rows, AdmissionRules rules) {
		this.jdbc = jdbc;
		this.access = access;
		this.rows = rows;
		this.rules = rules;
	}

	List<Candidate.BoardItem> board(Scope scope, LocalDate on) {
		return board(orgIdsOf(scope, on), on == null ? LocalDate.now() : on);
	}

	List<Long> orgIdsOf(Scope scope, LocalDate on) {
		LocalDate day = on == null ? LocalDate.now() : on;
		var unitIds = scopeUnits(scope, day);
		return jdbc.sql("select id from party_org where cast(:all as boolean) or unit_id = any(:units)")
			.param("all", unitIds == null)
			.param("units", unitIds == null ? new Long[0] : unitIds)
			.query(Long.class)
			.list();
	}

	private Long[] scopeUnits(Scope scope, LocalDate day) {
		return access.scopeUnits(scope, day);
	}

	/** The board of the organisations given. */
	List<Candidate.BoardItem> board(List<Long> orgIds, LocalDate day) {
		List<Candidate.BoardItem> out = new ArrayList<>();
		Long[] orgs = orgIds.toArray(Long[]::new);
		for (Candidate c : rows.list("c.member_id is null and c.org_id = any(:orgs)", Map.of("orgs", orgs))) {
			out.add(new Candidate.BoardItem("CANDIDATE", c.id(), null, c.fullName(), c.orgId(), c.orgName(),
					c.registeredOn(), null, false,
					Messages.text("party.board.candidate", c.steps().size(), DossierStep.values().length,
							c.certificateNumber() == null ? Messages.text("party.board.noCertificate")
									: c.certificateNumber())));
		}
		jdbc.sql(
				"select m.id, m.full_name, m.current_org_id, party_org_name_on(o.id, current_date) as org_name, m.admission_decided_on, m.joined_on"
						+ " from party_member m join party_org o on o.id = m.current_org_id"
						+ " where m.current_org_id = any(:orgs) and m.official_on is null and m.admission_decided_on is not null"
						+ " and " + MemberRows.STATUS_ON + " = 'PROBATIONARY' order by m.admission_decided_on, m.id")
			.param("orgs", orgs)
			.param("d", day)
			.query((rs, n) -> {
				long id = rs.getLong("id");
				String name = rs.getString("full_name");
				long org = rs.getLong("current_org_id");
				String orgName = rs.getString("org_name");
				LocalDate decided = rs.getObject("admission_decided_on", LocalDate.class);
				LocalDate joined = rs.getObject("joined_on", LocalDate.class);
				if (joined == null) {
					LocalDate due = rules.ceremonyDeadline(decided);
					out.add(new Candidate.BoardItem("CEREMONY_DUE", null, id, name, org, orgName, decided, due,
							day.isAfter(due), Messages.text("party.board.ceremony", Formats.date(decided))));
				}
				else {
					LocalDate end = rules.probationEnd(joined);
					LocalDate due = rules.recognitionDeadline(end);
					boolean overdue = day.isAfter(due);
					out.add(new Candidate.BoardItem(overdue ? "RECOGNITION_OVERDUE" : "PROBATION_ENDING", null, id,
							name, org, orgName, joined, due, overdue,
							Messages.text("party.board.probation", Formats.date(joined), Formats.date(end))));
				}
				return id;
			})
			.list();
		return out;
	}

}
