package vn.canbo.party;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.org.Units;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * Scope first: a Party organisation is visible when its unit is in the user's scope
 * (today, or on a day of the organisation's life); a member when the organisation where
 * they are (or were last) active is; a candidate when the proposing organisation is.
 * Anything else does not exist (404), before any validation.
 */
@Component
class PartyAccess {

	/** The columns an organisation is checked and shown by. */
	record OrgRow(long id, String code, String name, OrgLevel level, PlaceKind placeKind, Long parentId, long unitId,
			LocalDate validFrom, LocalDate validTo, Long successorId) {

		boolean validOn(LocalDate d) {
			return !validFrom.isAfter(d) && (validTo == null || validTo.isAfter(d));
		}

	}

	private final JdbcClient jdbc;

	private final Units units;

	PartyAccess(JdbcClient jdbc, Units units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/**
	 * The columns of {@code party_org} with the name and kind of place as of the day
	 * {@code :d} (its renames, V16_6); the alias {@code o}.
	 */
	static final String COLUMNS_ON = """
			o.id, o.code, party_org_name_on(o.id, :d) as name, o.level, party_org_kind_on(o.id, :d) as place_kind,
			o.parent_id, o.unit_id, o.valid_from, o.valid_to, o.successor_id""";

	/** The organisation named as of today. */
	Optional<OrgRow> findOrg(long id) {
		return findOrg(id, LocalDate.now());
	}

	/** The organisation named (and its kind of place) as of the day. */
	Optional<OrgRow> findOrg(long id, LocalDate day) {
		return jdbc.sql("select " + COLUMNS_ON + " from party_org o where o.id = :id")
			.param("id", id)
			.param("d", day)
			.query((rs, n) -> findOrgRow(rs))
			.optional();
	}

	OrgRow findOrgRow(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new OrgRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				OrgLevel.valueOf(rs.getString("level")), PlaceKind.valueOf(rs.getString("place_kind")),
				(Long) rs.getObject("parent_id"), rs.getLong("unit_id"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), (Long) rs.getObject("successor_id"));
	}

	boolean visible(OrgRow o, Scope scope) {
		if (scope.unrestricted()) {
			return true;
		}
		Set<Long> roots = scope.rootUnitIds();
		LocalDate last = o.validTo() == null ? LocalDate.now() : o.validTo().minusDays(1);
		return units.subtreeIds(roots, LocalDate.now()).contains(o.unitId())
				|| units.subtreeIds(roots, last).contains(o.unitId())
				|| units.subtreeIds(roots, o.validFrom()).contains(o.unitId());
	}

	/** The scope's unit ids on the day; null for an unrestricted scope (no filter). */
	Long[] scopeUnits(Scope scope, LocalDate day) {
		return units.scopeUnitIds(scope, day).map(s -> s.toArray(Long[]::new)).orElse(null);
	}

	/** The organisation, or 404 when it does not exist or lies outside the scope. */
	OrgRow org(Long id, Scope scope) {
		return Optional.ofNullable(id)
			.flatMap(this::findOrg)
			.filter(o -> visible(o, scope))
			.orElseThrow(() -> new NotFoundException(
					Messages.text("party.error.orgNotFound", id == null ? "" : String.valueOf(id))));
	}

	/** The member's current organisation id, or 404 (absent or outside the scope). */
	long member(long memberId, Scope scope) {
		Long orgId = jdbc.sql("select current_org_id from party_member where id = ?")
			.param(memberId)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (orgId == null || findOrg(orgId).filter(o -> visible(o, scope)).isEmpty()) {
			throw new NotFoundException(Messages.text("party.error.memberNotFound", String.valueOf(memberId)));
		}
		return orgId;
	}

	/** The candidate's proposing organisation id, or 404. */
	long candidate(long candidateId, Scope scope) {
		Long orgId = jdbc.sql("select org_id from party_candidate where id = ?")
			.param(candidateId)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (orgId == null || findOrg(orgId).filter(o -> visible(o, scope)).isEmpty()) {
			throw new NotFoundException(Messages.text("party.error.candidateNotFound", String.valueOf(candidateId)));
		}
		return orgId;
	}

}
