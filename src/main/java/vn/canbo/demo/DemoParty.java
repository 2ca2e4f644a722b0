package vn.canbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import vn.canbo.org.RestructuringResult;
import vn.canbo.org.UnitView;
import vn.canbo.party.AdmissionPlan;
import vn.canbo.party.Admissions;
import vn.canbo.party.Candidate;
import vn.canbo.party.DossierStep;
import vn.canbo.party.OrgLevel;
import vn.canbo.party.PartyMember;
import vn.canbo.party.PartyMembers;
import vn.canbo.party.PartyOrg;
import vn.canbo.party.PartyOrgs;
import vn.canbo.party.PartyPlans;
import vn.canbo.party.PlaceKind;
import vn.canbo.shared.Scope;

/**
 * The demo locality's Party (issue 18), deterministic from the seed: the provincial Party
 * committee; before the reform a Party committee in each of the 16 communes with two
 * residential cells (its first hamlets) and a school cell, 5–8 members each (most not
 * cadres; the commune's Party secretary linked to their dossier by CCCD), admitted from
 * 1978 to 2024; on 1/7/2025 the new communes' Party committees and their cells, every
 * member moved there and the old organisations closed with their successors; members
 * admitted since; candidates at every step of the pipeline (registered, awareness class,
 * dossier half done, admitted with the ceremony due); the admission plans of 2025 and of
 * the current year.
 */
final class DemoParty {

	private static final LocalDate FOUNDED = DemoLocality.FOUNDED;

	private static final LocalDate REFORM = DemoDataGenerator.REFORM;

	private final RandomGenerator r;

	private final PartyOrgs orgs;

	private final PartyMembers members;

	private final Admissions admissions;

	private final PartyPlans plans;

	private final LocalDate today;

	private int cardSeq = 1;

	DemoParty(RandomGenerator r, PartyOrgs orgs, PartyMembers members, Admissions admissions, PartyPlans plans,
			LocalDate today) {
		this.r = r;
		this.orgs = orgs;
		this.members = members;
		this.admissions = admissions;
		this.plans = plans;
		this.today = today;
	}

	private PartyOrg org(String code, String name, OrgLevel level, PlaceKind kind, Long parent, long unit,
			LocalDate from) {
		return orgs.create(new PartyOrg.Input(code, name, level, kind, parent, unit, from), Scope.all());
	}

	/**
	 * {@code results}: the reform's restructurings (old unit → new unit); {@code heads}:
	 * the heads of the bodies, the Party secretaries among them.
	 */
	void write(DemoLocality.Tree tree, List<RestructuringResult> results, List<UnitView> newParties,
			List<DemoStaff.Head> heads) {
		Map<Long, Long> successor = new LinkedHashMap<>();
		results.forEach(res -> successor.putAll(res.unitMapping()));
		Map<Long, Long> secretaries = new LinkedHashMap<>();
		heads.stream()
			.filter(h -> "BI_THU".equals(h.titleCode()))
			.forEach(h -> secretaries.putIfAbsent(h.unitId(), h.personId()));
		PartyOrg province = org("DB-BG", "Đảng bộ tỉnh Bình Giang", OrgLevel.PROVINCE, PlaceKind.TERRITORIAL, null,
				tree.provinceParty().id(), FOUNDED);
		Map<Long, PartyOrg> newCommunes = new LinkedHashMap<>();
		for (int m = 0; m < newParties.size(); m++) {
			UnitView u = newParties.get(m);
			newCommunes.put(u.id(),
					org("DB-BG-C" + (m + 1),
							"Đảng bộ " + DemoDataGenerator.NEW_NAMES[m].replaceFirst("^Phường", "phường")
								.replaceFirst("^Xã", "xã"),
							OrgLevel.COMMUNE, PlaceKind.TERRITORIAL, province.id(), u.id(), REFORM));
		}
		int i = 0;
		for (DemoLocality.Commune c : tree.communes()) {
			i++;
			PartyOrg old = org("DB-X" + i, "Đảng bộ " + c.label(), OrgLevel.COMMUNE, PlaceKind.TERRITORIAL,
					province.id(), c.party().id(), FOUNDED);
			Long newUnit = successor.get(c.party().id());
			PartyOrg next = newCommunes.getOrDefault(newUnit, newCommunes.values().iterator().next());
			List<PartyOrg> oldCells = new ArrayList<>();
			List<PartyOrg> newCells = new ArrayList<>();
			for (int h = 0; h < 3; h++) {
				boolean school = h == 2 || h >= c.hamlets().size();
				String name = school ? "Chi bộ Trường " + c.school().name().replaceFirst("^Trường ", "")
						: "Chi bộ " + c.hamlets().get(h).name();
				PlaceKind kind = school ? PlaceKind.SCHOOL : PlaceKind.RESIDENTIAL;
				oldCells.add(org("CB-X" + i + "-" + (h + 1), name, OrgLevel.GRASSROOTS_CELL, kind, old.id(),
						c.party().id(), FOUNDED));
				newCells.add(org("CB-" + next.code().substring(3) + "-" + i + "-" + (h + 1), name,
						OrgLevel.GRASSROOTS_CELL, kind, next.id(), next.unitId(), REFORM));
			}
			Map<Long, Integer> ids = new LinkedHashMap<>();
			Long secretary = secretaries.get(c.party().id());
			if (secretary != null) {
				ids.put(members
					.create(new PartyMember.Input(null, secretary, null, null, null, null, null, null, null, null, null,
							null, "Cán bộ", null, null, "TRUNG_CAP", oldCells.get(0).id(), LocalDate.of(1998, 3, 2),
							LocalDate.of(1998, 3, 26), LocalDate.of(1999, 3, 26), card(), LocalDate.of(1999, 6, 1)),
							Scope.all())
					.id(), 0);
			}
			for (int h = 0; h < oldCells.size(); h++) {
				int n = 5 + r.nextInt(4);
				for (int k = 0; k < n; k++) {
					ids.put(member(oldCells.get(h),
							LocalDate.of(1986 + r.nextInt(39), 1 + r.nextInt(12), 1 + r.nextInt(28)))
						.id(), h);
				}
			}
			// 1/7/2025: the members follow their cell to the new commune
			ids.forEach((id, h) -> members.move(id, new PartyMember.Move(newCells.get(h).id(), REFORM), Scope.all()));
			for (int h = 0; h < oldCells.size(); h++) {
				orgs.dissolve(oldCells.get(h).id(), new PartyOrg.Dissolution(REFORM, newCells.get(h).id()),
						Scope.all());
			}
			orgs.dissolve(old.id(), new PartyOrg.Dissolution(REFORM, next.id()), Scope.all());
			// admitted since the reform
			long since = today.toEpochDay() - REFORM.toEpochDay() - 30;
			for (int k = 0; since > 1 && k < 1 + r.nextInt(3); k++) {
				LocalDate d = REFORM.plusDays(15 + r.nextInt((int) since));
				member(newCells.get(r.nextInt(newCells.size())), d.isAfter(today) ? today : d);
			}
			if (i % 3 == 0 && today.isAfter(REFORM.plusDays(130))) {
				candidates(newCells, i);
			}
		}
		int year = today.getYear();
		plans.create(new AdmissionPlan.Input(province.id(), 2025, 2025, "Kế hoạch kết nạp đảng viên năm 2025", 40,
				"Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII", null,
				List.of(new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, 25))), Scope.all());
		if (year > 2025) {
			plans.create(new AdmissionPlan.Input(province.id(), year, year, "Kế hoạch kết nạp đảng viên năm " + year,
					45, "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII", 1,
					List.of(new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, 20))), Scope.all());
		}
	}

	private String card() {
		return String.format("79%010d", cardSeq++);
	}

	/** A member who is not a cadre, admitted on the day, official 12 months after. */
	private PartyMember member(PartyOrg cell, LocalDate decided) {
		boolean female = r.nextInt(100) < 42;
		int ageAtAdmission = 19 + r.nextInt(20);
		LocalDate born = decided.minusYears(ageAtAdmission).minusDays(r.nextInt(365));
		LocalDate joined = decided.plusDays(10 + r.nextInt(20));
		if (joined.isAfter(today)) {
			joined = null;
		}
		LocalDate official = joined == null ? null : joined.plusMonths(12);
		if (official != null && official.isAfter(today)) {
			official = null;
		}
		String ethnicity = r.nextInt(100) < 86 ? "01" : new String[] { "02", "03", "04" }[r.nextInt(3)];
		String religion = r.nextInt(100) < 88 ? null : (r.nextBoolean() ? "01" : "02");
		String edu = r.nextInt(100) < 80 ? "THPT" : "THCS";
		String[] theories = { null, null, "SO_CAP", "SO_CAP", "TRUNG_CAP" };
		String theory = theories[r.nextInt(theories.length)];
		String[] jobs = { "Nông dân", "Giáo viên", "Kinh doanh", "Hưu trí", "Công nhân", "Nhân viên y tế" };
		String job = cell.placeKind() == PlaceKind.SCHOOL ? "Giáo viên" : jobs[r.nextInt(jobs.length)];
		return members.create(
				new PartyMember.Input(null, null, VietnameseNames.fullName(r, female), null, female ? "FEMALE" : "MALE",
						born, null, null, null, ethnicity, religion, null, job, edu, null, theory, cell.id(), decided,
						joined, official, official == null ? null : card(),
						official == null ? null
								: official.plusMonths(3).isAfter(today) ? official : official.plusMonths(3)),
				Scope.all());
	}

	/** Candidates of a new commune at the steps of the pipeline. */
	private void candidates(List<PartyOrg> cells, int i) {
		PartyOrg cell = cells.get(0);
		for (int k = 0; k < 3; k++) {
			boolean female = r.nextBoolean();
			LocalDate registered = today.minusDays(40 + 40L * k);
			Candidate c = admissions.register(new Candidate.Input(cell.id(), null, null,
					VietnameseNames.fullName(r, female), female ? "FEMALE" : "MALE",
					today.minusYears(22 + r.nextInt(15)).minusDays(r.nextInt(300)), "01", null, "THPT",
					k == 0 ? "Công nhân" : "Nông dân", "thôn " + (i + k), PlaceKind.RESIDENTIAL, registered),
					Scope.all());
			if (k == 0) {
				continue; // registered only
			}
			admissions.recordClass(c.id(), new Candidate.ClassCertificate("GCN-" + i + "-" + k, registered.plusDays(10),
					"Trung tâm Chính trị tỉnh Bình Giang"), Scope.all());
			DossierStep[] steps = DossierStep.values();
			int done = k == 1 ? 2 : steps.length;
			for (int s = 0; s < done; s++) {
				admissions.recordStep(c.id(), new Candidate.Step(steps[s], registered.plusDays(20 + 5L * s), null),
						Scope.all());
			}
			if (k == 2) {
				admissions.admit(c.id(),
						new Candidate.Decision(i + "-QĐ/ĐU", today.minusDays(10), "Ban Thường vụ Đảng ủy", null, null),
						Scope.all());
			}
		}
	}

}
