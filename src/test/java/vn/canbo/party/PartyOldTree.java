package vn.canbo.party;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.shared.Scope;

/**
 * The same shape as {@link PartyFixture#tree()} (a province, communes A and B, a chi bộ
 * in each) but existing since 1950, for members admitted decades ago (badges, party age,
 * removal and re-admission).
 */
@Component
class PartyOldTree {

	static final LocalDate FOUNDED = LocalDate.of(1950, 1, 1);

	private final UnitService units;

	private final PartyOrgs orgs;

	PartyOldTree(UnitService units, PartyOrgs orgs) {
		this.units = units;
		this.orgs = orgs;
	}

	PartyFixture.Tree tree() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		UnitView p = units.create(new UnitService.NewUnit("OT-" + k, "Tỉnh Lâu Đời " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, FOUNDED));
		UnitView a = units.create(new UnitService.NewUnit("OA-" + k, "Xã Cổ An " + k, null, "DANG_UY_XA",
				AdminLevel.COMMUNE, p.id(), FOUNDED));
		UnitView b = units.create(new UnitService.NewUnit("OB-" + k, "Xã Cổ Bình " + k, null, "DANG_UY_XA",
				AdminLevel.COMMUNE, p.id(), FOUNDED));
		PartyOrg po = org("OT-" + k, "Đảng bộ tỉnh Lâu Đời " + k, OrgLevel.PROVINCE, PlaceKind.TERRITORIAL, null,
				p.id());
		PartyOrg ca = org("OA-" + k, "Đảng bộ xã Cổ An " + k, OrgLevel.COMMUNE, PlaceKind.TERRITORIAL, po.id(), a.id());
		PartyOrg cella = org("OA1-" + k, "Chi bộ thôn Cổ " + k, OrgLevel.GRASSROOTS_CELL, PlaceKind.RESIDENTIAL,
				ca.id(), a.id());
		PartyOrg cb = org("OB-" + k, "Đảng bộ xã Cổ Bình " + k, OrgLevel.COMMUNE, PlaceKind.TERRITORIAL, po.id(),
				b.id());
		PartyOrg cellb = org("OB1-" + k, "Chi bộ thôn Bình " + k, OrgLevel.GRASSROOTS_CELL, PlaceKind.RESIDENTIAL,
				cb.id(), b.id());
		return new PartyFixture.Tree(p, a, b, po, ca, cella, cb, cellb);
	}

	private PartyOrg org(String code, String name, OrgLevel level, PlaceKind kind, Long parent, long unit) {
		return orgs.create(new PartyOrg.Input(code, name, level, kind, parent, unit, FOUNDED), Scope.all());
	}

}
