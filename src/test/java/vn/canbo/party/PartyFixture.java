package vn.canbo.party;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.shared.Scope;

/**
 * Test data through the published APIs: a unique province with two communes, the
 * provincial Party committee, a commune Party committee in each commune with one chi bộ
 * (residential area) under it; members and candidates on demand.
 */
@Component
class PartyFixture {

	static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

	final UnitService units;

	final PartyOrgs orgs;

	final PartyMembers members;

	final Admissions admissions;

	PartyFixture(UnitService units, PartyOrgs orgs, PartyMembers members, Admissions admissions) {
		this.units = units;
		this.orgs = orgs;
		this.members = members;
		this.admissions = admissions;
	}

	record Tree(UnitView province, UnitView a, UnitView b, PartyOrg provinceOrg, PartyOrg communeA, PartyOrg cellA,
			PartyOrg communeB, PartyOrg cellB) {
	}

	Tree tree() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		UnitView p = units.create(new UnitService.NewUnit("PT-" + k, "Tỉnh Đảng Thử " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, FOUNDED));
		UnitView a = units.create(new UnitService.NewUnit("PA-" + k, "Đảng ủy xã Hòa An " + k, null, "DANG_UY_XA",
				AdminLevel.COMMUNE, p.id(), FOUNDED));
		UnitView b = units.create(new UnitService.NewUnit("PB-" + k, "Đảng ủy xã Bình Yên " + k, null, "DANG_UY_XA",
				AdminLevel.COMMUNE, p.id(), FOUNDED));
		PartyOrg po = org("T-" + k, "Đảng bộ tỉnh Thử " + k, OrgLevel.PROVINCE, PlaceKind.TERRITORIAL, null, p.id());
		PartyOrg ca = org("A-" + k, "Đảng bộ xã Hòa An " + k, OrgLevel.COMMUNE, PlaceKind.TERRITORIAL, po.id(), a.id());
		PartyOrg cella = org("A1-" + k, "Chi bộ thôn Đông " + k, OrgLevel.GRASSROOTS_CELL, PlaceKind.RESIDENTIAL,
				ca.id(), a.id());
		PartyOrg cb = org("B-" + k, "Đảng bộ xã Bình Yên " + k, OrgLevel.COMMUNE, PlaceKind.TERRITORIAL, po.id(),
				b.id());
		PartyOrg cellb = org("B1-" + k, "Chi bộ thôn Tây " + k, OrgLevel.GRASSROOTS_CELL, PlaceKind.RESIDENTIAL,
				cb.id(), b.id());
		return new Tree(p, a, b, po, ca, cella, cb, cellb);
	}

	PartyOrg org(String code, String name, OrgLevel level, PlaceKind kind, Long parent, long unit) {
		return orgs.create(new PartyOrg.Input(code, name, level, kind, parent, unit, FOUNDED), Scope.all());
	}

	/** An existing member recorded from papers. */
	PartyMember member(String name, long cellId, LocalDate decided, LocalDate joined, LocalDate official) {
		return members.create(new PartyMember.Input(null, null, name, null, "MALE", LocalDate.of(1980, 3, 4), null,
				"xã Hòa An", "thôn Đông", "01", null, null, "Nông dân", "THPT", null, null, cellId, decided, joined,
				official, null, null), Scope.all());
	}

	/**
	 * A candidate registered on the day, with the class and every step on
	 * {@code stepsOn}.
	 */
	Candidate candidate(String name, LocalDate born, long cellId, LocalDate registered, LocalDate stepsOn) {
		Candidate c = admissions.register(new Candidate.Input(cellId, null, null, name, "FEMALE", born, "01", null,
				"THPT", "Giáo viên", "thôn Đông", PlaceKind.RESIDENTIAL, registered), Scope.all());
		admissions.recordClass(c.id(),
				new Candidate.ClassCertificate("GCN-" + c.id(), registered, "Trung tâm Chính trị"), Scope.all());
		for (DossierStep s : DossierStep.values()) {
			admissions.recordStep(c.id(), new Candidate.Step(s, stepsOn, null), Scope.all());
		}
		return admissions.get(c.id(), Scope.all());
	}

}
