package vn.canbo.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * SPI: the grassroots Party organisation (tổ chức cơ sở đảng) that a unit's party members
 * belong to, for the party-member quota grouped GRASSROOTS_UNIT
 * ({@code eval.quota.grouping.PARTY_MEMBER}, HD 21-HD/BTCTW: "trong mỗi tổ chức cơ sở
 * đảng"), represented by a unit: each of {@code unitIds} mapped to the unit that stands
 * for its grassroots organisation. Until the party module (issue 18) provides Party
 * organisations, {@link OrgGrassrootsUnits} answers from the organisation tree; the party
 * module replaces it by declaring its implementation {@code @Primary}.
 */
public interface GrassrootsUnits {

	/**
	 * @param rootUnitId the campaign's root
	 * @param unitIds units of the campaign's subtree
	 * @param on the period's last day
	 * @return for each unit, the unit standing for its grassroots organisation
	 */
	Map<Long, Long> grassroots(long rootUnitId, Collection<Long> unitIds, LocalDate on);

}
