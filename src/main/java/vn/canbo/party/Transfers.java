package vn.canbo.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.rules.RuleParameters;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * Chuyển sinh hoạt đảng (regulations.md §9.5), two-sided: the sending chi bộ (the
 * member's, in the user's scope) records the introduction letter within the TR-01
 * deadline from the decision or the change of residence (later only with its reason); the
 * receiving chi bộ (in its own user's scope) records the presentation within the TR-03
 * deadline from the introduction (later only with the member's explanation). An official
 * transfer moves the member's activity on presentation (dated history); one outside the
 * province names its destination in words and marks the member transferred out from the
 * introduction; a temporary one keeps the activity. Each side lists its own half. Scope
 * first (404); refused requests store nothing; audited. (Longer than 300 lines: both
 * halves and their lists share the row mapping and the deadlines.)
 */
@Service
public class Transfers {

	/** One transfer as one side sees it; {@code presentDeadline}: TR-03. */
	public record Transfer(long id, long memberId, String memberName, String kind, String ground, long fromOrgId,
			String fromOrgName, Long toOrgId, String toOrgName, String toExternal, boolean outsideProvince,
			LocalDate effectiveOn, LocalDate introducedOn, String letterNumber, String issuer, String lateReason,
			LocalDate validUntil, LocalDate presentedOn, String latePresentation, LocalDate presentDeadline,
			boolean overdue) {
	}

	/**
	 * The introduction: OFFICIAL or TEMPORARY; the destination is a chi bộ of the system
	 * by its code or, outside the province, in words.
	 */
	public record Introduction(String kind, String ground, String toOrgCode, String toExternal, LocalDate effectiveOn,
			LocalDate introducedOn, String letterNumber, String issuer, String lateReason, LocalDate validUntil,
			String note) {
	}

	/** The presentation at the receiving chi bộ. */
	public record Presentation(Long transferId, LocalDate presentedOn, String latePresentation) {
	}

	static final List<String> KINDS = List.of("OFFICIAL", "TEMPORARY");

	static final List<String> GROUNDS = List.of("CHANGE_UNIT", "RETIREMENT", "RESIDENCE", "STUDY", "OTHER");

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final MemberRows rows;

	private final PartyMembers members;

	private final RuleParameters params;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	Transfers(JdbcClient jdbc, PartyAccess access, MemberRows rows, PartyMembers members, RuleParameters params,
			AuditLog audit, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.access = access;
		this.rows = rows;
		this.members = members;
		this.params = params;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/** TR-01: the last day for the introduction. */
	LocalDate introductionDeadline(LocalDate effectiveOn) {
		return params.calendar(effectiveOn)
			.plus(effectiveOn, params.intValue("party.transfer_working_days", effectiveOn));
	}

	/** TR-03: the last day for the presentation. */
	LocalDate presentationDeadline(LocalDate introducedOn) {
		return params.calendar(introducedOn)
			.plus(introducedOn, params.intValue("party.transfer_present_working_days", introducedOn));
	}

	/** The sending half: the introduction letter of a member of the scope. */
	@Transactional
	public Transfer introduce(long memberId, Introduction in, Scope scope) {
		long fromOrg = access.member(memberId, scope);
		PartyMember before = members.read(memberId, LocalDate.now());
		List<FieldError> errors = new ArrayList<>();
		if (before.status() == null || !before.status().onRolls()) {
			errors.add(new FieldError("memberId", Messages.text("party.error.transferNotOnRolls")));
		}
		if (in.kind() == null || !KINDS.contains(in.kind())) {
			errors.add(new FieldError("kind", Messages.text("party.error.transferKind")));
		}
		if (in.ground() == null || !GROUNDS.contains(in.ground())) {
			errors.add(new FieldError("ground", Messages.text("party.error.transferGround")));
		}
		String code = MemberInputs.blank(in.toOrgCode());
		String external = MemberInputs.blank(in.toExternal());
		PartyAccess.OrgRow target = null;
		if ((code == null) == (external == null)) {
			errors.add(new FieldError("toOrgCode", Messages.text("party.error.transferDestination")));
		}
		else if (code != null) {
			target = jdbc.sql("select * from party_org where code = ?")
				.param(code)
				.query((rs, n) -> access.findOrgRow(rs))
				.optional()
				.orElse(null);
			if (target == null || (in.introducedOn() != null && !target.validOn(in.introducedOn()))) {
				errors.add(new FieldError("toOrgCode", Messages.text("party.error.transferOrgMissing", code,
						in.introducedOn() == null ? "" : Formats.date(in.introducedOn()))));
			}
			else if (!target.level().holdsMembers()) {
				errors.add(new FieldError("toOrgCode", Messages.text("party.error.notACell", target.name())));
			}
			else if (target.id() == fromOrg) {
				errors.add(new FieldError("toOrgCode", Messages.text("party.error.sameOrg")));
			}
		}
		if (in.effectiveOn() == null) {
			errors.add(new FieldError("effectiveOn", Messages.text("party.error.transferEffectiveOn")));
		}
		if (in.introducedOn() == null || in.introducedOn().isAfter(LocalDate.now())
				|| (in.effectiveOn() != null && in.introducedOn().isBefore(in.effectiveOn()))) {
			errors.add(new FieldError("introducedOn", Messages.text("party.error.transferIntroducedOn")));
		}
		else if ("OFFICIAL".equals(in.kind()) && in.effectiveOn() != null) {
			LocalDate deadline = introductionDeadline(in.effectiveOn());
			if (in.introducedOn().isAfter(deadline) && MemberInputs.blank(in.lateReason()) == null) {
				var p = params.get("party.transfer_working_days", in.effectiveOn());
				errors.add(new FieldError("lateReason", Messages.text("party.error.transferLate", p.intValue(),
						Formats.date(in.effectiveOn()), Formats.date(deadline), p.legalBasis())));
			}
		}
		if ("TEMPORARY".equals(in.kind())) {
			if (in.validUntil() == null || (in.introducedOn() != null && !in.validUntil().isAfter(in.introducedOn()))) {
				errors.add(new FieldError("validUntil", Messages.text("party.error.transferValidUntil")));
			}
			if (external != null) {
				errors.add(new FieldError("toExternal", Messages.text("party.error.temporaryExternal")));
			}
		}
		if (MemberInputs.blank(in.letterNumber()) == null) {
			errors.add(new FieldError("letterNumber", Messages.text("party.error.transferLetter")));
		}
		if (MemberInputs.blank(in.issuer()) == null) {
			errors.add(new FieldError("issuer", Messages.text("party.error.transferIssuer")));
		}
		if (jdbc
			.sql("select count(*) from party_transfer where member_id = ? and presented_on is null"
					+ " and to_org_id is not null")
			.param(memberId)
			.query(Long.class)
			.single() > 0) {
			errors.add(new FieldError("memberId", Messages.text("party.error.transferOpen")));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		boolean outside = target == null || !province(target.id()).equals(province(fromOrg));
		String user = currentUser.username();
		long id = jdbc
			.sql("""
					insert into party_transfer (member_id, kind, ground, from_org_id, to_org_id, to_external, outside_province,
					  effective_on, introduced_on, letter_number, issuer, late_reason, valid_until, note, created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(memberId, in.kind(), in.ground(), fromOrg, target == null ? null : target.id(), external, outside,
					in.effectiveOn(), in.introducedOn(), in.letterNumber().strip(), in.issuer().strip(),
					in.introducedOn().isAfter(introductionDeadline(in.effectiveOn()))
							? MemberInputs.blank(in.lateReason()) : null,
					in.validUntil(), MemberInputs.blank(in.note()), user)
			.query(Long.class)
			.single();
		if (target == null && "OFFICIAL".equals(in.kind())) {
			// leaves the province's rolls from the introduction (the other side is not
			// here)
			rows.addStatus(memberId, MemberStatus.TRANSFERRED_OUT, in.introducedOn(), in.letterNumber().strip(),
					in.introducedOn(), external, user);
			jdbc.sql("update party_member_activity set valid_to = ? where member_id = ? and valid_to is null"
					+ " and valid_from < ?")
				.params(in.introducedOn(), memberId, in.introducedOn())
				.update();
			members.updated(memberId, before);
		}
		Transfer saved = find(id).orElseThrow();
		audit.record(AuditAction.CREATE, "party_transfer", String.valueOf(id), before.personId(), null, saved);
		return saved;
	}

	/**
	 * The receiving half: the member presents the letter at the chi bộ of the scope
	 * (another organisation's transfer: 404).
	 */
	@Transactional
	public Transfer present(long orgId, Presentation p, Scope scope) {
		PartyAccess.OrgRow org = access.org(orgId, scope);
		Transfer t = p.transferId() == null ? null
				: find(p.transferId()).filter(x -> x.toOrgId() != null && x.toOrgId() == orgId).orElse(null);
		if (t == null) {
			throw new NotFoundException(Messages.text("party.error.transferNotFound",
					p.transferId() == null ? "" : String.valueOf(p.transferId())));
		}
		List<FieldError> errors = new ArrayList<>();
		if (t.presentedOn() != null) {
			errors.add(new FieldError("transferId",
					Messages.text("party.error.transferPresented", Formats.date(t.presentedOn()))));
		}
		else if (p.presentedOn() == null || p.presentedOn().isBefore(t.introducedOn())
				|| p.presentedOn().isAfter(LocalDate.now())) {
			errors.add(new FieldError("presentedOn",
					Messages.text("party.error.transferPresentedOn", Formats.date(t.introducedOn()))));
		}
		else {
			if (p.presentedOn().isAfter(t.presentDeadline()) && MemberInputs.blank(p.latePresentation()) == null) {
				var rule = params.get("party.transfer_present_working_days", t.introducedOn());
				errors.add(new FieldError("latePresentation",
						Messages.text("party.error.transferPresentLate", rule.intValue(),
								Formats.date(t.introducedOn()), Formats.date(t.presentDeadline()), rule.legalBasis())));
			}
			if (!org.validOn(p.presentedOn())) {
				errors.add(new FieldError("presentedOn",
						Messages.text("party.error.orgNotOn", org.name(), Formats.date(p.presentedOn()))));
			}
			LocalDate openFrom = jdbc
				.sql("select valid_from from party_member_activity where member_id = ? and valid_to is null")
				.param(t.memberId())
				.query(LocalDate.class)
				.optional()
				.orElse(null);
			if ("OFFICIAL".equals(t.kind()) && (openFrom == null || !p.presentedOn().isAfter(openFrom))) {
				errors.add(new FieldError("presentedOn",
						Messages.text("party.error.moveDate", openFrom == null ? "" : Formats.date(openFrom))));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String user = currentUser.username();
		jdbc.sql("update party_transfer set presented_on = ?, late_presentation = ?, received_by = ? where id = ?")
			.params(p.presentedOn(), p.presentedOn().isAfter(t.presentDeadline()) ? p.latePresentation().strip() : null,
					user, t.id())
			.update();
		if ("OFFICIAL".equals(t.kind())) {
			PartyMember before = members.read(t.memberId(), LocalDate.now());
			rows.moveTo(t.memberId(), orgId, p.presentedOn(), user);
			members.updated(t.memberId(), before);
		}
		Transfer after = find(t.id()).orElseThrow();
		audit.record(AuditAction.UPDATE, "party_transfer", String.valueOf(t.id()), null, t, after);
		return after;
	}

	/** The transfers sent by the scope's organisations (the sending half). */
	@Transactional(readOnly = true)
	public List<Transfer> outgoing(Scope scope) {
		return list("f.unit_id", scope);
	}

	/** The transfers to the scope's organisations (the receiving half). */
	@Transactional(readOnly = true)
	public List<Transfer> incoming(Scope scope) {
		return list("d.unit_id", scope);
	}

	private List<Transfer> list(String unitColumn, Scope scope) {
		Long[] units = access.scopeUnits(scope, LocalDate.now());
		return query("(cast(:all as boolean) or " + unitColumn + " = any(:units))"
				+ (unitColumn.startsWith("d") ? " and t.to_org_id is not null" : ""), units)
			.stream()
			.map(this::transfer)
			.toList();
	}

	Optional<Transfer> find(long id) {
		return jdbc.sql(SELECT + " where t.id = :id")
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional()
			.map(this::transfer);
	}

	/**
	 * Transfers not presented whose receiving organisation is one of the units' (alerts).
	 */
	List<Transfer> notPresented(java.util.Collection<Long> unitIds) {
		return query(
				"t.presented_on is null and t.to_org_id is not null and (cast(:all as boolean) or d.unit_id = any(:units))",
				unitIds == null ? null : unitIds.toArray(Long[]::new))
			.stream()
			.map(this::transfer)
			.toList();
	}

	private List<Transfer> query(String where, Long[] units) {
		return jdbc.sql(SELECT + " where " + where + " order by t.introduced_on desc, t.id desc")
			.param("all", units == null)
			.param("units", units == null ? new Long[0] : units)
			.query((rs, n) -> row(rs))
			.list();
	}

	private static final String SELECT = """
			select t.*, m.full_name, party_org_name_on(f.id, current_date) as from_name, party_org_name_on(d.id, current_date) as to_name from party_transfer t
			join party_member m on m.id = t.member_id join party_org f on f.id = t.from_org_id
			left join party_org d on d.id = t.to_org_id""";

	private Transfer row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Transfer(rs.getLong("id"), rs.getLong("member_id"), rs.getString("full_name"), rs.getString("kind"),
				rs.getString("ground"), rs.getLong("from_org_id"), rs.getString("from_name"),
				(Long) rs.getObject("to_org_id"), rs.getString("to_name"), rs.getString("to_external"),
				rs.getBoolean("outside_province"), rs.getObject("effective_on", LocalDate.class),
				rs.getObject("introduced_on", LocalDate.class), rs.getString("letter_number"), rs.getString("issuer"),
				rs.getString("late_reason"), rs.getObject("valid_until", LocalDate.class),
				rs.getObject("presented_on", LocalDate.class), rs.getString("late_presentation"), null, false);
	}

	/** With the TR-03 deadline and whether it is passed without a presentation. */
	private Transfer transfer(Transfer t) {
		LocalDate due = t.toOrgId() == null ? null : presentationDeadline(t.introducedOn());
		boolean overdue = due != null && t.presentedOn() == null && LocalDate.now().isAfter(due);
		return new Transfer(t.id(), t.memberId(), t.memberName(), t.kind(), t.ground(), t.fromOrgId(), t.fromOrgName(),
				t.toOrgId(), t.toOrgName(), t.toExternal(), t.outsideProvince(), t.effectiveOn(), t.introducedOn(),
				t.letterNumber(), t.issuer(), t.lateReason(), t.validUntil(), t.presentedOn(), t.latePresentation(),
				due, overdue);
	}

	/** The top of the organisation's tree (its đảng bộ tỉnh). */
	private Long province(long orgId) {
		return jdbc.sql("""
				with recursive up as (select id, parent_id from party_org where id = ?
				  union all select o.id, o.parent_id from party_org o join up on o.id = up.parent_id)
				select id from up where parent_id is null""").param(orgId).query(Long.class).single();
	}

}
