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
import vn.canbo.people.HistoryKind;
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
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.security.Role;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.Scope;

/**
 * Builds the demo locality: the tree of 1/1/2005, about 1,800 cadres, civil servants and
 * public employees as of 30/6/2025 (with concurrent posts: in 11 of the 16 communes the
 * Party secretary also chairs the People's Council, in 2 the Party secretary also chairs
 * the People's Committee), then the 2025 reform on 1/7/2025: the town is abolished, its
 * 16 communes and wards merge into 5, the town's staff move to the new communes and its
 * hospital and high school to the province. Deterministic: the seed fixes every name and
 * date.
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

	DemoDataGenerator(UnitService units, RestructuringService restructuring, PersonService people, Catalogs catalogs,
			UserAccounts accounts) {
		this.units = units;
		this.restructuring = restructuring;
		this.people = people;
		this.catalogs = catalogs;
		this.accounts = accounts;
	}

	/** What was generated, for the start-up banner and the tests. */
	public record Summary(int units, int persons, List<String> newCommunes, Map<String, String> logins) {
	}

	@Transactional
	public Summary generate(long seed) {
		RandomGenerator r = new Random(seed);
		DemoLocality locality = new DemoLocality(units);
		Tree tree = locality.create();
		Staff staff = new Staff(r);

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
		// the new bodies were formed by merging; on 15/7/2025 each keeps one head, the
		// others become deputies,
		// and the town's leaders become the Party secretaries of the new communes
		consolidateHeads(staff, results);
		appointTownLeaders(staff, newParties);
		// the town's other staff, whose posts ended with it, are assigned to the new
		// communes' bodies
		int k = 0;
		for (long personId : staff.inTown) {
			if (staff.townLeaders.contains(personId)) {
				continue;
			}
			boolean party = staff.partyStaff.contains(personId);
			List<UnitView> targets = party ? newParties : newCommittees;
			UnitView target = targets.get(k++ % targets.size());
			people.add(personId, HistoryKind.POSITION,
					new Position(null, target.id(), null, "CHUYEN_VIEN",
							party ? "Chuyên viên Văn phòng Đảng ủy" : "Chuyên viên UBND", false, party, REFORM, null,
							null, null, reform.number(), reform.date(), null, "Bố trí sau sắp xếp đơn vị hành chính"),
					Scope.all());
		}

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
		log.info("Demo data: {} units, {} persons, restructured into {}", locality.created(), staff.count, newCommunes);
		return new Summary(locality.created(), staff.count, newCommunes, logins);
	}

	static final LocalDate APPOINTED = LocalDate.of(2025, 7, 15);

	/** Head titles and the deputy title a second holder becomes after a merger. */
	static final Map<String, String> DEPUTY_OF = Map.of("BI_THU", "PHO_BI_THU", "CHU_TICH_HDND", "PHO_CHU_TICH_HDND",
			"CHU_TICH_UBND", "PHO_CHU_TICH_UBND", "CHU_TICH_MTTQ", "PHO_CHU_TICH_MTTQ", "BI_THU_DOAN",
			"PHO_BI_THU_DOAN", "CHU_TICH_HOI", "PHO_CHU_TICH_HOI");

	/**
	 * In every merged body, the first carried-over head stays; the others become deputies
	 * from 15/7/2025.
	 */
	private void consolidateHeads(Staff staff, List<RestructuringResult> results) {
		Map<Long, Long> successor = new LinkedHashMap<>();
		results.forEach(res -> successor.putAll(res.unitMapping()));
		Map<String, Boolean> kept = new LinkedHashMap<>();
		for (Head h : staff.heads) {
			Long target = successor.get(h.unitId());
			if (target == null) {
				continue;
			}
			String key = target + "/" + h.titleCode();
			if (kept.putIfAbsent(key, true) == null) {
				continue; // the first holder keeps the post
			}
			demote(h.personId(), target, h.titleCode(), DEPUTY_OF.get(h.titleCode()), APPOINTED);
		}
	}

	/**
	 * The town's leaders become the Party secretaries of the new communes (the
	 * carried-over ones become deputies).
	 */
	private void appointTownLeaders(Staff staff, List<UnitView> newParties) {
		for (int m = 0; m < newParties.size() && m < staff.townLeaderList.size(); m++) {
			UnitView party = newParties.get(m);
			for (Head h : staff.heads) {
				if (h.titleCode().equals("BI_THU")) {
					demote(h.personId(), party.id(), "BI_THU", "PHO_BI_THU", APPOINTED);
				}
			}
			long leader = staff.townLeaderList.get(m);
			people.add(leader, HistoryKind.POSITION,
					new Position(null, party.id(), null, "BI_THU", "Bí thư " + party.name(), false, true, APPOINTED,
							null, APPOINTED, APPOINTED.plusYears(5), "15-QĐ/TU", LocalDate.of(2025, 7, 14), null,
							"Chỉ định sau sắp xếp đơn vị hành chính"),
					Scope.all());
		}
	}

	/**
	 * Ends a person's head post in a unit on the date and gives the deputy post from the
	 * same date.
	 */
	private void demote(long personId, long unitId, String headTitle, String deputyTitle, LocalDate on) {
		var dossier = people.get(personId, on, Scope.all());
		for (Position p : dossier.currentPositions()) {
			if (p.unitId() == unitId && headTitle.equals(p.titleCode()) && p.validFrom().isBefore(on)) {
				people.endPosition(personId, p.id(), on, Scope.all());
				people.add(personId, HistoryKind.POSITION,
						new Position(null, unitId, null, deputyTitle, null, p.concurrent(), p.partyPost(), on, null, on,
								on.plusYears(5), "20-QĐ/ĐU", on, null, "Phân công sau hợp nhất"),
						Scope.all());
			}
		}
	}

	/** A head post created in a commune body, to consolidate after the merger. */
	record Head(long personId, long unitId, String titleCode) {
	}

	private void user(String username, String name, Role role, List<Long> scope, Map<String, String> logins) {
		if (!accounts.exists(username)) {
			accounts.create(username, PASSWORD, name, role, scope);
		}
		logins.put(username, role.name());
	}

	/**
	 * Collects the persons to create, in batches, and remembers who worked for the town's
	 * bodies.
	 */
	private final class Staff {

		private final RandomGenerator r;

		private final List<NewPerson> batch = new ArrayList<>();

		private final List<Boolean> batchInTown = new ArrayList<>();

		private final List<Boolean> batchParty = new ArrayList<>();

		private final List<Position> batchConcurrent = new ArrayList<>();

		final List<Long> inTown = new ArrayList<>();

		final java.util.Set<Long> partyStaff = new java.util.HashSet<>();

		final List<Head> heads = new ArrayList<>();

		final List<Long> townLeaderList = new ArrayList<>();

		private long serial = 1;

		final java.util.Set<Long> townLeaders = new java.util.HashSet<>();

		private final List<UnitView> batchUnit = new ArrayList<>();

		private final List<String> batchProfile = new ArrayList<>();

		int count;

		Staff(RandomGenerator r) {
			this.r = r;
		}

		void fill(UnitView unit, List<Slot> slots) {
			for (Slot s : slots) {
				for (int n = 0; n < s.count(); n++) {
					add(DemoPersonFactory.person(r, serial++, s, unit.id(), BEFORE_REFORM, unit.name(), catalogs::rank),
							unit, null, s.profile());
				}
			}
		}

		/** A leader with an optional concurrent post (kiêm nhiệm) in another unit. */
		void leader(UnitView unit, String title, String titleText, boolean partyPost, UnitView concurrentUnit,
				String concurrentTitle, String concurrentText) {
			boolean senior = unit.level() != AdminLevel.COMMUNE;
			Slot s = Slot.of(title, titleText, PersonCategory.CADRE, 1, 20, 42, 57,
					senior ? Slot.Profile.SENIOR_LEADER : Slot.Profile.COMMUNE_LEADER);
			NewPerson p = DemoPersonFactory.person(r, serial++, s, unit.id(), BEFORE_REFORM, unit.name(),
					catalogs::rank);
			Position main = p.mainPosition();
			p = new NewPerson(p.data(),
					new Position(null, main.unitId(), null, main.titleCode(), main.titleText(), false, partyPost,
							main.validFrom(), null, main.validFrom(), main.validFrom().plusYears(5), null, null, null,
							null),
					p.salary(), p.qualifications());
			Position concurrent = concurrentUnit == null ? null
					: new Position(null, concurrentUnit.id(), null, concurrentTitle, concurrentText, true,
							concurrentTitle.contains("BI_THU"), main.validFrom(), null, main.validFrom(),
							main.validFrom().plusYears(5), null, null, null, null);
			add(p, unit, concurrent, s.profile());
		}

		private void add(NewPerson p, UnitView unit, Position concurrent, Slot.Profile profile) {
			batchProfile.add(profile.name());
			batch.add(p);
			batchInTown.add(unit.level() == AdminLevel.DISTRICT && !"SU_NGHIEP".equals(unit.typeCode()));
			batchParty.add(unit.typeCode().equals("HUYEN_UY") || unit.typeCode().equals("BAN_DANG"));
			batchConcurrent.add(concurrent);
			batchUnit.add(unit);
			if (batch.size() >= 500) {
				flush();
			}
		}

		void flush() {
			if (batch.isEmpty()) {
				return;
			}
			List<Long> ids = people.createAll(batch);
			for (int j = 0; j < ids.size(); j++) {
				if (batchInTown.get(j)) {
					inTown.add(ids.get(j));
				}
				if (batchParty.get(j)) {
					partyStaff.add(ids.get(j));
				}
				Position main = batch.get(j).mainPosition();
				UnitView unit = batchUnit.get(j);
				if (unit.level() == AdminLevel.COMMUNE && DEPUTY_OF.containsKey(main.titleCode())) {
					heads.add(new Head(ids.get(j), unit.id(), main.titleCode()));
				}
				if (unit.level() == AdminLevel.DISTRICT && Slot.Profile.SENIOR_LEADER.name().equals(batchProfile.get(j))
						&& (main.titleCode().equals("BI_THU") || main.titleCode().startsWith("PHO_BI_THU")
								|| main.titleCode().equals("UV_BTV") || main.titleCode().equals("CHU_TICH_UBND"))) {
					townLeaderList.add(ids.get(j));
					townLeaders.add(ids.get(j));
				}
				Position concurrent = batchConcurrent.get(j);
				if (concurrent != null) {
					people.add(ids.get(j), HistoryKind.POSITION, concurrent, Scope.all());
					UnitView cu = units.find(concurrent.unitId(), concurrent.validFrom()).orElseThrow();
					if (cu.level() == AdminLevel.COMMUNE && DEPUTY_OF.containsKey(concurrent.titleCode())) {
						heads.add(new Head(ids.get(j), cu.id(), concurrent.titleCode()));
					}
				}
			}
			count += ids.size();
			batch.clear();
			batchInTown.clear();
			batchParty.clear();
			batchConcurrent.clear();
			batchUnit.clear();
			batchProfile.clear();
		}

	}

}
