package vn.canbo.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.rules.RuleParameters;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * PM-05: the chi bộ's votes on a probationary member's recognition (or removal from the
 * probationary list), after the end of probation. A vote passes with at least
 * {@code party.vote_majority} of the official members (or committee members) in favour;
 * when {@code party.vote_attempts} votes have failed the last one names the committee the
 * matter is escalated to, and no further vote is recorded. Scope first; refused requests
 * store nothing; audited.
 */
@Service
public class RecognitionVotes {

	/** A vote to record: RECOGNITION or REMOVAL. */
	public record Vote(String subject, LocalDate heldOn, Integer eligible, Integer inFavour, String escalatedTo) {
	}

	/** A vote recorded. */
	public record Entry(String subject, int attempt, LocalDate heldOn, int eligible, int inFavour, boolean passed,
			String escalatedTo) {
	}

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final PartyMembers members;

	private final RuleParameters params;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	RecognitionVotes(JdbcClient jdbc, PartyAccess access, PartyMembers members, RuleParameters params, AuditLog audit,
			CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.access = access;
		this.members = members;
		this.params = params;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@Transactional(readOnly = true)
	public List<Entry> of(long memberId, Scope scope) {
		access.member(memberId, scope);
		return list(memberId);
	}

	private List<Entry> list(long memberId) {
		return jdbc.sql("select * from party_vote where member_id = ? order by subject, attempt")
			.param(memberId)
			.query((rs, n) -> new Entry(rs.getString("subject"), rs.getInt("attempt"),
					rs.getObject("held_on", LocalDate.class), rs.getInt("eligible"), rs.getInt("in_favour"),
					rs.getBoolean("passed"), rs.getString("escalated_to")))
			.list();
	}

	/** Whether {@code inFavour} of {@code eligible} reaches the fraction "a/b". */
	static boolean reaches(int inFavour, int eligible, String fraction) {
		String[] f = fraction.strip().split("/");
		return (long) inFavour * Integer.parseInt(f[1].strip()) >= (long) eligible * Integer.parseInt(f[0].strip());
	}

	@Transactional
	public Entry record(long memberId, Vote v, Scope scope) {
		access.member(memberId, scope);
		PartyMember m = members.read(memberId, LocalDate.now());
		List<FieldError> errors = new ArrayList<>();
		if (m.status() != MemberStatus.PROBATIONARY || m.joinedOn() == null) {
			errors.add(new FieldError("memberId", Messages.text("party.error.notAwaitingRecognition")));
		}
		if (!"RECOGNITION".equals(v.subject()) && !"REMOVAL".equals(v.subject())) {
			errors.add(new FieldError("subject", Messages.text("party.error.voteSubject")));
		}
		List<Entry> earlier = list(memberId).stream().filter(e -> e.subject().equals(v.subject())).toList();
		Entry lastOne = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
		if (lastOne != null && (lastOne.passed() || lastOne.escalatedTo() != null)) {
			errors.add(new FieldError("subject",
					Messages.text("party.error.voteClosed", lastOne.attempt(), Formats.date(lastOne.heldOn()))));
		}
		LocalDate end = m.probationEndsOn();
		if (v.heldOn() == null || v.heldOn().isAfter(LocalDate.now()) || (end != null && v.heldOn().isBefore(end))
				|| (lastOne != null && v.heldOn().isBefore(lastOne.heldOn()))) {
			errors.add(new FieldError("heldOn",
					Messages.text("party.error.voteHeldOn", end == null ? "" : Formats.date(end))));
		}
		if (v.eligible() == null || v.eligible() < 1 || v.inFavour() == null || v.inFavour() < 0
				|| v.inFavour() > v.eligible()) {
			errors.add(new FieldError("inFavour", Messages.text("party.error.voteCounts")));
		}
		LocalDate on = v.heldOn() == null ? LocalDate.now() : v.heldOn();
		var attempts = params.get("party.vote_attempts", on);
		var majority = params.get("party.vote_majority", on);
		int attempt = earlier.size() + 1;
		boolean passed = errors.isEmpty() && reaches(v.inFavour(), v.eligible(), majority.value());
		String escalated = MemberInputs.blank(v.escalatedTo());
		if (errors.isEmpty() && !passed && attempt >= attempts.intValue() && escalated == null) {
			errors.add(new FieldError("escalatedTo",
					Messages.text("party.error.voteEscalate", attempt, majority.value(), attempts.legalBasis())));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String kept = !passed && attempt >= attempts.intValue() ? escalated : null;
		jdbc.sql("""
				insert into party_vote (member_id, subject, attempt, held_on, eligible, in_favour, passed, escalated_to,
				  created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(memberId, v.subject(), attempt, v.heldOn(), v.eligible(), v.inFavour(), passed, kept,
					currentUser.username())
			.update();
		Entry e = new Entry(v.subject(), attempt, v.heldOn(), v.eligible(), v.inFavour(), passed, kept);
		audit.record(AuditAction.CREATE, "party_vote", memberId + "/" + v.subject() + "/" + attempt, m.personId(), null,
				e);
		return e;
	}

}
