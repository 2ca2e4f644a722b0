package vn.canbo.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.org.Units;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;
import vn.canbo.shared.web.Formats;

/**
 * The effective-dated tree of Party organisations (table {@code party_org}): as of a day,
 * within the scope, in tree order with the members active in each and in its subtree;
 * creation (the level must fit under its parent; the parent and the unit must exist on
 * the day) and dissolution (no member may still be active there). Names and kinds of
 * place as of the day asked (renames: {@link PartyOrgRenames}). Audited.
 */
@Service
public class PartyOrgs {

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final Units units;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	PartyOrgs(JdbcClient jdbc, PartyAccess access, Units units, AuditLog audit, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.access = access;
		this.units = units;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/** The organisations of the scope existing on the day, in tree order. */
	@Transactional(readOnly = true)
	public List<PartyOrg> tree(Scope scope, LocalDate on) {
		LocalDate day = on == null ? LocalDate.now() : on;
		Optional<Set<Long>> unitIds = units.scopeUnitIds(scope, day);
		List<PartyAccess.OrgRow> rows = jdbc.sql("""
				select %s from party_org o
				where o.valid_from <= :d and (o.valid_to is null or o.valid_to > :d)
				  and (cast(:all as boolean) or o.unit_id = any(:units))""".formatted(PartyAccess.COLUMNS_ON))
			.param("d", day)
			.param("all", unitIds.isEmpty())
			.param("units", unitIds.orElse(Set.of()).toArray(Long[]::new))
			.query((rs, n) -> access.findOrgRow(rs))
			.list();
		Map<Long, Long> direct = counts(rows.stream().map(PartyAccess.OrgRow::id).toList(), day);
		Map<Long, List<PartyAccess.OrgRow>> children = new HashMap<>();
		Map<Long, PartyAccess.OrgRow> byId = new HashMap<>();
		rows.forEach(r -> byId.put(r.id(), r));
		List<PartyAccess.OrgRow> roots = new ArrayList<>();
		for (PartyAccess.OrgRow r : rows) {
			if (r.parentId() != null && byId.containsKey(r.parentId())) {
				children.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r);
			}
			else {
				roots.add(r);
			}
		}
		Comparator<PartyAccess.OrgRow> order = Comparator
			.comparing((PartyAccess.OrgRow r) -> VietnameseText.fold(r.name()))
			.thenComparingLong(PartyAccess.OrgRow::id);
		Map<Long, String> unitNames = units.namesOn(rows.stream().map(PartyAccess.OrgRow::unitId).distinct().toList(),
				day);
		List<PartyOrg> out = new ArrayList<>();
		roots.sort(order);
		for (PartyAccess.OrgRow r : roots) {
			walk(r, 0, children, order, direct, unitNames, out);
		}
		return out;
	}

	private long walk(PartyAccess.OrgRow r, int depth, Map<Long, List<PartyAccess.OrgRow>> children,
			Comparator<PartyAccess.OrgRow> order, Map<Long, Long> direct, Map<Long, String> unitNames,
			List<PartyOrg> out) {
		int at = out.size();
		out.add(null);
		long total = direct.getOrDefault(r.id(), 0L);
		List<PartyAccess.OrgRow> kids = new ArrayList<>(children.getOrDefault(r.id(), List.of()));
		kids.sort(order);
		for (PartyAccess.OrgRow k : kids) {
			total += walk(k, depth + 1, children, order, direct, unitNames, out);
		}
		out.set(at, view(r, depth, direct.getOrDefault(r.id(), 0L), total, unitNames.get(r.unitId())));
		return total;
	}

	private static PartyOrg view(PartyAccess.OrgRow r, int depth, long members, long total, String unitName) {
		return new PartyOrg(r.id(), r.code(), r.name(), r.level(), r.placeKind(), r.parentId(), r.unitId(), unitName,
				r.validFrom(), r.validTo(), r.successorId(), depth, members, total);
	}

	/**
	 * Members on the rolls (dự bị, chính thức) active in each organisation on the day.
	 */
	Map<Long, Long> counts(List<Long> orgIds, LocalDate day) {
		Map<Long, Long> out = new LinkedHashMap<>();
		if (orgIds.isEmpty()) {
			return out;
		}
		jdbc.sql("""
				select a.org_id, count(*) as n from party_member_activity a
				where a.org_id = any(:orgs) and a.valid_from <= :d and (a.valid_to is null or a.valid_to > :d)
				  and (select s.status from party_member_status s where s.member_id = a.member_id and s.valid_from <= :d
				       order by s.valid_from desc, s.id desc limit 1) in ('PROBATIONARY', 'OFFICIAL')
				group by a.org_id""")
			.param("orgs", orgIds.toArray(Long[]::new))
			.param("d", day)
			.query((rs, n) -> out.put(rs.getLong("org_id"), rs.getLong("n")))
			.list();
		return out;
	}

	/** One organisation (404 outside the scope) with its members on the day. */
	@Transactional(readOnly = true)
	public PartyOrg get(long orgId, Scope scope, LocalDate on) {
		LocalDate day = on == null ? LocalDate.now() : on;
		access.org(orgId, scope);
		PartyAccess.OrgRow r = access.findOrg(orgId, day).orElseThrow();
		long n = counts(List.of(orgId), day).getOrDefault(orgId, 0L);
		String unitName = units.namesOn(List.of(r.unitId()), day).get(r.unitId());
		return view(r, 0, n, n, unitName);
	}

	@Transactional
	public PartyOrg create(PartyOrg.Input in, Scope scope) {
		PartyAccess.OrgRow parent = in.parentId() == null ? null : access.org(in.parentId(), scope);
		if (in.unitId() != null && units.find(in.unitId(), LocalDate.now())
			.or(() -> in.validFrom() == null ? Optional.empty() : units.find(in.unitId(), in.validFrom()))
			.filter(u -> units.inScope(u.id(), scope, LocalDate.now())
					|| (in.validFrom() != null && units.inScope(u.id(), scope, in.validFrom())))
			.isEmpty()) {
			throw new vn.canbo.shared.NotFoundException(
					Messages.text("party.error.unitNotFound", String.valueOf(in.unitId())));
		}
		List<FieldError> errors = new ArrayList<>();
		String code = in.code() == null ? null : in.code().strip();
		String name = VietnameseText.clean(in.name());
		if (code == null || code.isEmpty() || code.length() > 40) {
			errors.add(new FieldError("code", Messages.text("party.error.orgCode")));
		}
		else if (jdbc.sql("select count(*) from party_org where code = ?").param(code).query(Long.class).single() > 0) {
			errors.add(new FieldError("code", Messages.text("party.error.orgCodeTaken", code)));
		}
		if (name == null || name.length() > 300) {
			errors.add(new FieldError("name", Messages.text("party.error.orgName")));
		}
		if (in.level() == null) {
			errors.add(new FieldError("level", Messages.text("party.error.level")));
		}
		else if (!in.level().mayBeUnder(parent == null ? null : parent.level())) {
			errors.add(new FieldError("level", Messages.text("party.error.levelUnder", in.level().label(),
					parent == null ? Messages.text("party.pages.noParent") : parent.level().label())));
		}
		if (in.placeKind() == null) {
			errors.add(new FieldError("placeKind", Messages.text("party.error.placeKind")));
		}
		if (in.unitId() == null) {
			errors.add(new FieldError("unitId", Messages.text("party.error.unit")));
		}
		if (in.validFrom() == null) {
			errors.add(new FieldError("validFrom", Messages.text("party.error.validFrom")));
		}
		else {
			if (parent != null && !parent.validOn(in.validFrom())) {
				errors.add(new FieldError("parentId",
						Messages.text("party.error.parentNotOn", parent.name(), Formats.date(in.validFrom()))));
			}
			if (in.unitId() != null && units.find(in.unitId(), in.validFrom()).isEmpty()) {
				errors.add(
						new FieldError("unitId", Messages.text("party.error.unitNotOn", Formats.date(in.validFrom()))));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		long id = jdbc.sql("""
				insert into party_org (code, name, level, place_kind, parent_id, unit_id, valid_from, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(code, name, in.level().name(), in.placeKind().name(), in.parentId(), in.unitId(), in.validFrom(),
					currentUser.username())
			.query(Long.class)
			.single();
		PartyOrg saved = get(id, Scope.all(), in.validFrom());
		audit.record(AuditAction.CREATE, "party_org", String.valueOf(id), null, null, saved);
		return saved;
	}

	/**
	 * Closes the organisation on the day (exclusive); refused while members are active in
	 * it or a child organisation is still open then.
	 */
	@Transactional
	public PartyOrg dissolve(long orgId, PartyOrg.Dissolution d, Scope scope) {
		PartyAccess.OrgRow r = access.org(orgId, scope);
		PartyAccess.OrgRow successor = d.successorId() == null ? null : access.org(d.successorId(), scope);
		List<FieldError> errors = new ArrayList<>();
		if (r.validTo() != null) {
			errors
				.add(new FieldError("validTo", Messages.text("party.error.alreadyClosed", Formats.date(r.validTo()))));
		}
		if (d.validTo() == null || !d.validTo().isAfter(r.validFrom())) {
			errors.add(new FieldError("validTo", Messages.text("party.error.closeDate", Formats.date(r.validFrom()))));
		}
		else {
			long active = jdbc.sql("""
					select count(*) from party_member_activity
					where org_id = ? and (valid_to is null or valid_to > ?)""")
				.params(orgId, d.validTo())
				.query(Long.class)
				.single();
			if (active > 0) {
				errors.add(new FieldError("validTo", Messages.text("party.error.stillActive", active)));
			}
			long open = jdbc
				.sql("select count(*) from party_org where parent_id = ? and (valid_to is null or valid_to > ?)")
				.params(orgId, d.validTo())
				.query(Long.class)
				.single();
			if (open > 0) {
				errors.add(new FieldError("validTo", Messages.text("party.error.openChildren", open)));
			}
			if (successor != null && !successor.validOn(d.validTo())) {
				errors.add(new FieldError("successorId",
						Messages.text("party.error.parentNotOn", successor.name(), Formats.date(d.validTo()))));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		PartyOrg before = get(orgId, scope, r.validFrom());
		jdbc.sql("update party_org set valid_to = ?, successor_id = ? where id = ?")
			.params(d.validTo(), d.successorId(), orgId)
			.update();
		PartyOrg after = get(orgId, scope, r.validFrom());
		audit.record(AuditAction.UPDATE, "party_org", String.valueOf(orgId), null, before, after);
		return after;
	}

}
