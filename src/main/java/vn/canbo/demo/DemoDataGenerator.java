package vn.canbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.Catalogs;
import vn.canbo.demo.DemoLocality.Commune;
import vn.canbo.demo.DemoLocality.Tree;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.Decision;
import vn.canbo.org.RestructuringResult;
import vn.canbo.org.RestructuringService;
import vn.canbo.org.RestructuringService.CommuneMerger;
import vn.canbo.org.RestructuringService.DistrictAbolition;
import vn.canbo.org.RestructuringService.Move;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitSpec;
import vn.canbo.org.UnitView;
import vn.canbo.people.PersonService;
import vn.canbo.career.Alerts;
import vn.canbo.career.DecisionService;
import vn.canbo.rules.RuleChecks;
import vn.canbo.security.Role;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.Scope;

/**
 * Builds the demo locality: the tree of 1/1/2005, about 1,800 cadres, civil servants and
 * public employees as of 30/6/2025 (with concurrent posts: in 11 of the 16 communes the
 * Party secretary also chairs the People's Council, in 2 the Party secretary also chairs
 * the People's Committee), then the 2025 reform on 1/7/2025: the town is abolished, its
 * 16 communes and wards merge into 5, the town's staff move to the new communes and its
 * hospital and high school to the province. As of the day it is loaded: nobody past the
 * retirement age is in post, salary steps are raised up to that day, leaders' terms are
 * current; every dossier has its family, most have training and awards, a few a
 * discipline. Deterministic: the seed and the day fix every name and date. Persons and
 * their histories are written set-wise through people's bulk API (createAll, addAll,
 * endAll), a batch per kind.
 */
@Service
public class DemoDataGenerator {

	public static final String PASSWORD = "canbo@2026";
	static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);
	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	/**
	 * The five communes and wards formed on 1/7/2025 from the sixteen (indexes into the
	 * town's list).
	 */
	static final int[][] MERGERS = { { 0, 1, 2 }, { 3, 4, 5 }, { 6, 7, 8, 9 }, { 10, 11, 12 }, { 13, 14, 15 } };
	static final String[] NEW_NAMES = { "Phường Tân Lập", "Phường Bình Minh", "Xã Mỹ Lộc", "Xã Vĩnh Xuân",
			"Xã Đông Thạnh" };

	private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

	private final UnitService units;

	private final RestructuringService restructuring;

	private final PersonService people;

	private final Catalogs catalogs;

	private final UserAccounts accounts;

	private final RuleChecks rules;

	private final Alerts alerts;

	private final DecisionService decisions;

	private final vn.canbo.party.PartyOrgs partyOrgs;

	private final vn.canbo.party.PartyMembers partyMembers;

	private final vn.canbo.party.Admissions admissions;

	private final vn.canbo.party.PartyPlans partyPlans;

	DemoDataGenerator(UnitService units, RestructuringService restructuring, PersonService people, Catalogs catalogs,
			UserAccounts accounts, RuleChecks rules, Alerts alerts, DecisionService decisions,
			vn.canbo.party.PartyOrgs partyOrgs, vn.canbo.party.PartyMembers partyMembers,
			vn.canbo.party.Admissions admissions, vn.canbo.party.PartyPlans partyPlans) {
		this.partyOrgs = partyOrgs;
		this.partyMembers = partyMembers;
		this.admissions = admissions;
		this.partyPlans = partyPlans;
		this.rules = rules;
		this.alerts = alerts;
		this.decisions = decisions;
		this.units = units;
		this.restructuring = restructuring;
		this.people = people;
		this.catalogs = catalogs;
		this.accounts = accounts;
	}

	/** What was generated, for the start-up banner and the tests. */
	public record Summary(int units, int persons, List<String> newCommunes, Map<String, String> logins) {
	}

	/** The demo locality as it stands today (the day it is loaded). */
	@Transactional
	public Summary generate(long seed) {
		return generate(seed, LocalDate.now());
	}

	/**
	 * The demo locality as it stands on {@code today}: the same seed and day give the
	 * same locality.
	 */
	@Transactional
	public Summary generate(long seed, LocalDate today) {
		RandomGenerator r = new Random(seed);
		DemoLocality locality = new DemoLocality(units);
		Lap lap = new Lap();
		Tree tree = locality.create();
		lap.log("tree");
		DemoStaff staff = new DemoStaff(r, seed,
				new DemoPersonFactory.Today(today, rank -> rules.interval(rank, today)), people, catalogs);

		// province bodies
		staff.fill(tree.provinceHomeAffairs(), DemoStaffing.PROVINCE_BODY);
		staff.fill(tree.provinceCommittee(), DemoStaffing.PROVINCE_BODY);
		staff.fill(tree.provinceParty(), DemoStaffing.PROVINCE_BODY);
		// the town
		staff.fill(tree.townParty(), DemoStaffing.TOWN_PARTY);
		tree.townBoards().forEach(b -> staff.fill(b, DemoStaffing.TOWN_BOARD));
		staff.fill(tree.townCouncil(), DemoStaffing.TOWN_COUNCIL);
		staff.fill(tree.townCommittee(), DemoStaffing.TOWN_COMMITTEE);
		tree.townOffices().values().forEach(o -> staff.fill(o, DemoStaffing.TOWN_OFFICE));
		staff.fill(tree.townFront(), DemoStaffing.TOWN_FRONT);
		tree.townMassOrgs().forEach(m -> staff.fill(m, DemoStaffing.TOWN_MASS_ORG));
		staff.fill(tree.townHospital(), DemoStaffing.TOWN_HOSPITAL);
		staff.fill(tree.townHighSchool(), DemoStaffing.TOWN_HIGH_SCHOOL);
		// the town's chairman of the People's Committee is also Deputy Party Secretary
		staff.leader(tree.townCommittee(), "CHU_TICH_UBND", "Chủ tịch UBND thị xã", true, tree.townParty(),
				"PHO_BI_THU", "Phó Bí thư Thị ủy");

		int i = 0;
		for (Commune c : tree.communes()) {
			staff.fill(c.party(), DemoStaffing.COMMUNE_PARTY);
			staff.fill(c.council(), DemoStaffing.COMMUNE_COUNCIL);
			staff.fill(c.committee(), DemoStaffing.COMMUNE_COMMITTEE);
			staff.fill(c.front(), DemoStaffing.COMMUNE_FRONT);
			staff.fill(c.youth(), DemoStaffing.COMMUNE_YOUTH);
			staff.fill(c.women(), DemoStaffing.COMMUNE_WOMEN);
			if (c.farmers() != null) {
				staff.fill(c.farmers(), DemoStaffing.COMMUNE_FARMERS);
			}
			staff.fill(c.veterans(), DemoStaffing.COMMUNE_VETERANS);
			staff.fill(c.school(), DemoStaffing.COMMUNE_SCHOOL);
			staff.fill(c.health(), DemoStaffing.COMMUNE_HEALTH);
			c.hamlets().forEach(h -> staff.fill(h, DemoStaffing.HAMLET_SLOTS));
			// chủ chốt: in 11 of 16 the Party secretary chairs the Council; in 2 (the
			// 12th and 13th) the Committee
			boolean secretaryChairsCommittee = i == 11 || i == 12;
			boolean secretaryChairsCouncil = i < 11;
			if (secretaryChairsCouncil) {
				staff.leader(c.party(), "BI_THU", "Bí thư Đảng ủy " + c.label(), true, c.council(), "CHU_TICH_HDND",
						"Chủ tịch HĐND " + c.label());
			}
			else if (secretaryChairsCommittee) {
				staff.leader(c.party(), "BI_THU", "Bí thư Đảng ủy " + c.label(), true, c.committee(), "CHU_TICH_UBND",
						"Chủ tịch UBND " + c.label());
				staff.leader(c.council(), "CHU_TICH_HDND", "Chủ tịch HĐND " + c.label(), false, null, null, null);
			}
			else {
				staff.leader(c.party(), "BI_THU", "Bí thư Đảng ủy " + c.label(), true, null, null, null);
				staff.leader(c.council(), "CHU_TICH_HDND", "Chủ tịch HĐND " + c.label(), false, null, null, null);
			}
			if (!secretaryChairsCommittee) {
				staff.leader(c.committee(), "CHU_TICH_UBND", "Chủ tịch UBND " + c.label(), false, c.party(),
						"PHO_BI_THU", "Phó Bí thư Đảng ủy " + c.label());
			}
			i++;
		}
		staff.flush();
		lap.log("persons");
		staff.writeHistories();
		lap.log("histories");

		// 1/7/2025: the hospital and the high school go to the province, then the town is
		// abolished
		Decision reform = new Decision(REFORM, "1234/NQ-UBTVQH15", LocalDate.of(2025, 6, 16),
				"Ủy ban Thường vụ Quốc hội", "Sắp xếp các đơn vị hành chính cấp xã của tỉnh Bình Giang năm 2025");
		restructuring.move(
				new Move(tree.townHospital().id(), tree.provinceCommittee().id(), AdminLevel.PROVINCE, reform),
				Scope.all());
		restructuring.move(
				new Move(tree.townHighSchool().id(), tree.provinceCommittee().id(), AdminLevel.PROVINCE, reform),
				Scope.all());
		List<CommuneMerger> mergers = new ArrayList<>();
		for (int m = 0; m < MERGERS.length; m++) {
			List<Long> ids = new ArrayList<>();
			for (int idx : MERGERS[m]) {
				ids.add(tree.communes().get(idx).area().id());
			}
			mergers.add(new CommuneMerger(ids, new UnitSpec("BG-C" + (m + 1), NEW_NAMES[m], null, "DIA_BAN",
					AdminLevel.COMMUNE, tree.province().id())));
		}
		lap.log("moves");
		List<Long> district = List.of(tree.town().id());
		List<RestructuringResult> results = restructuring
			.abolishDistrict(new DistrictAbolition(district, tree.province().id(), mergers, reform), Scope.all());
		List<String> newCommunes = new ArrayList<>();
		List<UnitView> newParties = new ArrayList<>();
		List<UnitView> newCommittees = new ArrayList<>();
		for (RestructuringResult res : results) {
			for (UnitView u : res.created()) {
				if ("DIA_BAN".equals(u.typeCode())) {
					newCommunes.add(u.name());
				}
				else if ("DANG_UY_XA".equals(u.typeCode())) {
					newParties.add(u);
				}
				else if ("UBND".equals(u.typeCode())) {
					newCommittees.add(u);
				}
			}
		}
		// 15/7/2025: one head per merged body, the town's leaders to the new communes,
		// the town's staff to the new communes' bodies (DemoReform)
		new DemoReform(people, staff).apply(results, newParties, newCommittees, reform);
		lap.log("consolidate");
		new DemoWork(people, units, catalogs).write(staff, today);
		lap.log("workHistory");
		// issue 18: the Party organisations, members, candidates and plans
		new DemoParty(new Random(seed ^ 18L), partyOrgs, partyMembers, admissions, partyPlans, today).write(tree,
				results, newParties, staff.heads);
		lap.log("party");
		DemoRetirements.decide(alerts, decisions, rules.parameters(), today);
		lap.log("retirements");
		// users
		Map<String, String> logins = new LinkedHashMap<>();
		UnitView firstNewCommune = units.findByCode("BG-C1", REFORM).orElseThrow();
		user("admin", "Quản trị hệ thống", Role.ADMIN, List.of(), logins);
		user("tochuc.tinh", "Trần Thị Mai (Ban Tổ chức Tỉnh ủy)", Role.ORG_OFFICER, List.of(tree.province().id()),
				logins);
		user("tochuc.xa", "Lê Văn Hùng (Văn phòng " + firstNewCommune.name() + ")", Role.ORG_OFFICER,
				List.of(firstNewCommune.id()), logins);
		user("lanhdao", "Phạm Minh Đức (Lãnh đạo tỉnh)", Role.LEADER, List.of(tree.province().id()), logins);
		user("kiemtra", "Võ Thị Hạnh (Ủy ban Kiểm tra)", Role.AUDITOR, List.of(tree.province().id()), logins);
		user("nhaplieu", "Đỗ Thị Thu (nhập liệu)", Role.CLERK, List.of(firstNewCommune.id()), logins);
		lap.log("users");
		log.info("Demo data phases: {}", lap);
		log.info("Demo data: {} units, {} persons, restructured into {}", locality.created(), staff.count, newCommunes);
		return new Summary(locality.created(), staff.count, newCommunes, logins);
	}

	static final LocalDate APPOINTED = LocalDate.of(2025, 7, 15);

	/** Head titles and the deputy title a second holder becomes after a merger. */
	static final Map<String, String> DEPUTY_OF = Map.of("BI_THU", "PHO_BI_THU", "CHU_TICH_HDND", "PHO_CHU_TICH_HDND",
			"CHU_TICH_UBND", "PHO_CHU_TICH_UBND", "CHU_TICH_MTTQ", "PHO_CHU_TICH_MTTQ", "BI_THU_DOAN",
			"PHO_BI_THU_DOAN", "CHU_TICH_HOI", "PHO_CHU_TICH_HOI");

	private void user(String username, String name, Role role, List<Long> scope, Map<String, String> logins) {
		if (!accounts.exists(username)) {
			accounts.create(username, PASSWORD, name, role, scope);
		}
		logins.put(username, role.name());
	}

	/** The time of each phase of the generation, for the log. */
	private static final class Lap {

		private final StringBuilder phases = new StringBuilder();

		private long t = System.nanoTime();

		void log(String phase) {
			long now = System.nanoTime();
			phases.append(phases.isEmpty() ? "" : ", ")
				.append(phase)
				.append(' ')
				.append((now - t) / 1_000_000)
				.append(" ms");
			t = now;
		}

		@Override
		public String toString() {
			return phases.toString();
		}

	}

}
