package vn.canbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitView;
import vn.canbo.people.Award;
import vn.canbo.people.Discipline;
import vn.canbo.people.FamilyMember;
import vn.canbo.people.HistoryEntry;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.people.Training;
import vn.canbo.people.WorkHistory;
import vn.canbo.shared.Scope;

/**
 * The staff of the demo locality as it is generated: persons collected and created in
 * batches ({@link PersonService#createAll}), their histories gathered per kind and
 * written set-wise ({@link PersonService#addAll}), and who worked for the town's bodies,
 * who heads a commune body and who led the town remembered for the 2025 reform.
 */
final class DemoStaff {

	/** A head post created in a commune body, to consolidate after the merger. */
	record Head(long personId, long unitId, String titleCode) {
	}

	/** What a person's work history ends with before the reform: post and unit. */
	record Before(long unitId, String titleCode, List<WorkHistory> work) {
	}

	private record Pending(NewPerson person, UnitView unit, Position concurrent, UnitView concurrentUnit,
			Slot.Profile profile, DemoHistories.Drawn histories) {
	}

	private final RandomGenerator r;

	private final long seed;

	private final DemoPersonFactory.Today today;

	private final PersonService people;

	private final Catalogs catalogs;

	private final List<Pending> batch = new ArrayList<>();

	final List<Long> inTown = new ArrayList<>();

	final Set<Long> partyStaff = new HashSet<>();

	final List<Head> heads = new ArrayList<>();

	final List<Long> townLeaderList = new ArrayList<>();

	final Set<Long> townLeaders = new HashSet<>();

	final Map<Long, Before> before = new HashMap<>();

	final List<HistoryEntry<Position>> concurrent = new ArrayList<>();

	final List<HistoryEntry<FamilyMember>> family = new ArrayList<>();

	final List<HistoryEntry<Training>> training = new ArrayList<>();

	final List<HistoryEntry<Award>> awards = new ArrayList<>();

	final List<HistoryEntry<Discipline>> disciplines = new ArrayList<>();

	private long serial = 1;

	int count;

	DemoStaff(RandomGenerator r, long seed, DemoPersonFactory.Today today, PersonService people, Catalogs catalogs) {
		this.r = r;
		this.seed = seed;
		this.today = today;
		this.people = people;
		this.catalogs = catalogs;
	}

	void fill(UnitView unit, List<Slot> slots) {
		for (Slot s : slots) {
			for (int n = 0; n < s.count(); n++) {
				add(s, person(s, unit), unit, null, null);
			}
		}
	}

	private NewPerson person(Slot s, UnitView unit) {
		return DemoPersonFactory.person(r, serial++, s, unit.id(), DemoDataGenerator.BEFORE_REFORM, unit.name(),
				catalogs::rank, today);
	}

	/**
	 * A leader with an optional concurrent post (kiêm nhiệm) in another unit; the term (5
	 * years) is the current one: renewed when the first one ended before the demo's day.
	 */
	void leader(UnitView unit, String title, String titleText, boolean partyPost, UnitView concurrentUnit,
			String concurrentTitle, String concurrentText) {
		boolean senior = unit.level() != AdminLevel.COMMUNE;
		Slot s = Slot.of(title, titleText, PersonCategory.CADRE, 1, 20, 42, 57,
				senior ? Slot.Profile.SENIOR_LEADER : Slot.Profile.COMMUNE_LEADER);
		NewPerson p = person(s, unit);
		Position main = p.mainPosition();
		LocalDate termStart = main.validFrom();
		while (!termStart.plusYears(5).isAfter(today.date())) {
			termStart = termStart.plusYears(5);
		}
		p = new NewPerson(p.data(),
				new Position(null, main.unitId(), null, main.titleCode(), main.titleText(), false, partyPost,
						main.validFrom(), null, termStart, termStart.plusYears(5), null, null, null, null),
				p.salary(), p.qualifications());
		Position kiem = concurrentUnit == null ? null
				: new Position(null, concurrentUnit.id(), null, concurrentTitle, concurrentText, true,
						concurrentTitle.contains("BI_THU"), main.validFrom(), null, termStart, termStart.plusYears(5),
						null, null, null, null);
		add(s, p, unit, kiem, concurrentUnit);
	}

	private void add(Slot s, NewPerson p, UnitView unit, Position kiem, UnitView concurrentUnit) {
		// the histories have a generator of their own: they do not move the persons' draw
		Random own = new Random(seed * 1_000_003L + serial);
		String post = s.titleText() != null ? s.titleText() : catalogs.name(CatalogType.TITLE, s.titleCode());
		DemoHistories.Drawn h = DemoHistories.of(own, p, s, unit.name(), post, today.date());
		// the salary rows before the current one go in with the dossier: person_fact is
		// built once
		NewPerson withHistory = new NewPerson(p.data(), p.mainPosition(), p.salary(), p.qualifications(),
				DemoPersonFactory.earlierSalaries(p.salary(), p.data().recruitedOn().date(), catalogs::rank));
		batch.add(new Pending(withHistory, unit, kiem, concurrentUnit, s.profile(), h));
		if (batch.size() >= 500) {
			flush();
		}
	}

	void flush() {
		if (batch.isEmpty()) {
			return;
		}
		List<Long> ids = people.createAll(batch.stream().map(Pending::person).toList());
		for (int j = 0; j < ids.size(); j++) {
			long id = ids.get(j);
			Pending p = batch.get(j);
			UnitView unit = p.unit();
			Position main = p.person().mainPosition();
			if (unit.level() == AdminLevel.DISTRICT && !"SU_NGHIEP".equals(unit.typeCode())) {
				inTown.add(id);
			}
			if (unit.typeCode().equals("HUYEN_UY") || unit.typeCode().equals("BAN_DANG")) {
				partyStaff.add(id);
			}
			if (unit.level() == AdminLevel.COMMUNE && DemoDataGenerator.DEPUTY_OF.containsKey(main.titleCode())) {
				heads.add(new Head(id, unit.id(), main.titleCode()));
			}
			if (unit.level() == AdminLevel.DISTRICT && p.profile() == Slot.Profile.SENIOR_LEADER
					&& (main.titleCode().equals("BI_THU") || main.titleCode().startsWith("PHO_BI_THU")
							|| main.titleCode().equals("UV_BTV") || main.titleCode().equals("CHU_TICH_UBND"))) {
				townLeaderList.add(id);
				townLeaders.add(id);
			}
			if (p.concurrent() != null) {
				concurrent.add(new HistoryEntry<>(id, p.concurrent()));
				UnitView cu = p.concurrentUnit();
				if (cu.level() == AdminLevel.COMMUNE
						&& DemoDataGenerator.DEPUTY_OF.containsKey(p.concurrent().titleCode())) {
					heads.add(new Head(id, cu.id(), p.concurrent().titleCode()));
				}
			}
			DemoHistories.Drawn h = p.histories();
			h.family().forEach(x -> family.add(new HistoryEntry<>(id, x)));
			h.training().forEach(x -> training.add(new HistoryEntry<>(id, x)));
			h.awards().forEach(x -> awards.add(new HistoryEntry<>(id, x)));
			h.disciplines().forEach(x -> disciplines.add(new HistoryEntry<>(id, x)));
			before.put(id, new Before(unit.id(), main.titleCode(), h.work()));
		}
		count += ids.size();
		batch.clear();
	}

	/**
	 * Writes the histories gathered so far, one batch per kind: the concurrent posts
	 * (before the reform carries them), family, training, awards and discipline.
	 */
	void writeHistories() {
		Scope all = Scope.all();
		people.addAll(HistoryKind.POSITION, concurrent, all);
		people.addAll(HistoryKind.FAMILY, family, all);
		people.addAll(HistoryKind.TRAINING, training, all);
		people.addAll(HistoryKind.AWARD, awards, all);
		people.addAll(HistoryKind.DISCIPLINE, disciplines, all);
	}

}
