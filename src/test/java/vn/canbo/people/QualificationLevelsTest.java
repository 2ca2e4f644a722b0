package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.Scope;

/**
 * The bulk read of the highest levels held (the gap analysis's): several persons in one
 * call; a qualification counts from the day it was obtained, not the day before, and no
 * longer from its end; the catalog's order (and DT1 the highest defence group) decides; a
 * deleted row or person counts for nothing. The answer read from person_fact's highest
 * levels equals the one read from the histories alone (a person without a main position
 * on the date, the defence group, the kinds asked).
 */
@SpringBootTest
@Transactional
class QualificationLevelsTest {

	static final LocalDate MASTER = LocalDate.of(2015, 3, 10);

	static final LocalDate DT2 = LocalDate.of(2016, 1, 1);

	static final LocalDate IT_END = LocalDate.of(2020, 1, 1);

	@Autowired
	PersonService people;

	@Autowired
	PeopleFixture fixture;

	@Autowired
	QualificationLevels levels;

	@Test
	void highestLevelOfEachKindOnTheDateForManyPersons() {
		long unit = fixture.tree().communeA().id();
		long a = fixture.create("Lê Thị Bậc", unit).id();
		add(a, QualificationKind.PROFESSIONAL, "THAC_SI", MASTER, null);
		add(a, QualificationKind.PROFESSIONAL, "DAI_HOC", LocalDate.of(2005, 6, 1), null);
		add(a, QualificationKind.POLITICAL_THEORY, "SO_CAP", LocalDate.of(2012, 5, 5), null);
		add(a, QualificationKind.DEFENCE_SECURITY, "DT3", LocalDate.of(2014, 1, 1), null);
		add(a, QualificationKind.DEFENCE_SECURITY, "DT2", DT2, null);
		long b = fixture.create("Lê Văn Hạn", unit).id();
		add(b, QualificationKind.IT, "CO_BAN", LocalDate.of(2010, 1, 1), IT_END);
		Qualification gone = add(b, QualificationKind.PROFESSIONAL, "TIEN_SI", LocalDate.of(2011, 1, 1), null);
		people.deleteEntry(b, HistoryKind.QUALIFICATION, gone.id(), "Nhập nhầm", Scope.all());
		long none = fixture.create("Lê Văn Chưa", unit).id();
		List<Long> all = List.of(a, b, none);

		// the day before the master's degree and the DT2 group: the lower ones
		Map<Long, Map<QualificationKind, String>> before = levels.highest(all, MASTER.minusDays(1));
		assertThat(before.get(a)).containsExactlyInAnyOrderEntriesOf(Map.of(QualificationKind.PROFESSIONAL, "DAI_HOC",
				QualificationKind.POLITICAL_THEORY, "SO_CAP", QualificationKind.DEFENCE_SECURITY, "DT3"));
		// from its first day the master's counts
		assertThat(levels.highest(all, MASTER).get(a)).containsEntry(QualificationKind.PROFESSIONAL, "THAC_SI")
			.containsEntry(QualificationKind.DEFENCE_SECURITY, "DT3");
		assertThat(levels.highest(all, DT2.minusDays(1)).get(a)).containsEntry(QualificationKind.DEFENCE_SECURITY,
				"DT3");
		assertThat(levels.highest(all, DT2).get(a)).containsEntry(QualificationKind.DEFENCE_SECURITY, "DT2");
		// restricted to kinds: only those (issue 16, bench16b)
		assertThat(levels.highest(all, List.of(QualificationKind.DEFENCE_SECURITY), DT2).get(a))
			.containsExactly(Map.entry(QualificationKind.DEFENCE_SECURITY, "DT2"));
		assertThat(levels.highest(all, List.of(), DT2)).isEmpty();

		// b: the IT level until the day before its end; the deleted doctorate never
		assertThat(before.get(b)).containsExactlyInAnyOrderEntriesOf(Map.of(QualificationKind.IT, "CO_BAN"));
		assertThat(levels.highest(all, IT_END.minusDays(1)).get(b)).containsEntry(QualificationKind.IT, "CO_BAN");
		assertThat(levels.highest(all, IT_END)).doesNotContainKey(b).doesNotContainKey(none);
		assertThat(before).doesNotContainKey(none).containsOnlyKeys(a, b);

		// a deleted person counts for nothing; no persons, no query
		people.softDelete(a, "Hồ sơ trùng", Scope.all());
		assertThat(levels.highest(all, DT2)).doesNotContainKey(a);
		assertThat(levels.highest(List.of(), DT2)).isEmpty();
	}

	@Test
	void theFactsAnswerAsTheHistories() {
		long unit = fixture.tree().communeA().id();
		long a = fixture.create("Lê Thị Đối", unit).id();
		add(a, QualificationKind.PROFESSIONAL, "THAC_SI", MASTER, null);
		add(a, QualificationKind.PROFESSIONAL, "DAI_HOC", LocalDate.of(2005, 6, 1), null);
		add(a, QualificationKind.POLITICAL_THEORY, "SO_CAP", LocalDate.of(2012, 5, 5), null);
		add(a, QualificationKind.POLITICAL_THEORY, "TRUNG_CAP", LocalDate.of(2014, 5, 5), null);
		add(a, QualificationKind.DEFENCE_SECURITY, "DT3", LocalDate.of(2008, 1, 1), null);
		add(a, QualificationKind.DEFENCE_SECURITY, "DT2", DT2, null);
		long b = fixture.create("Lê Văn Chiếu", unit).id();
		add(b, QualificationKind.IT, "CO_BAN", LocalDate.of(2009, 1, 1), IT_END);
		add(b, QualificationKind.STATE_MANAGEMENT, "CHUYEN_VIEN", LocalDate.of(2011, 1, 1), null);
		// a defence group that is no đối tượng counts as none, alone or beside DT4
		add(b, QualificationKind.DEFENCE_SECURITY, "KHAC", LocalDate.of(2011, 1, 1), null);
		add(b, QualificationKind.DEFENCE_SECURITY, "DT4", MASTER, null);
		long none = fixture.create("Lê Văn Không", unit).id();
		List<Long> all = List.of(a, b, none, -1L);
		List<List<QualificationKind>> kinds = List.of(List.of(QualificationKind.values()),
				List.of(QualificationKind.PROFESSIONAL, QualificationKind.DEFENCE_SECURITY),
				List.of(QualificationKind.IT, QualificationKind.STATE_MANAGEMENT), List.of());
		// 2008/2009: before the main positions of 1/1/2010 (no fact row: the histories)
		for (LocalDate d : List.of(LocalDate.of(2008, 6, 1), LocalDate.of(2009, 12, 31), LocalDate.of(2010, 1, 1),
				MASTER.minusDays(1), MASTER, DT2, IT_END.minusDays(1), IT_END, LocalDate.of(2026, 1, 1))) {
			for (List<QualificationKind> k : kinds) {
				assertThat(levels.highest(all, k, d)).as(d + " " + k).isEqualTo(levels.fromHistories(all, k, d));
			}
		}
		assertThat(levels.highest(all, LocalDate.of(2008, 6, 1)).get(a)).containsExactlyInAnyOrderEntriesOf(
				Map.of(QualificationKind.PROFESSIONAL, "DAI_HOC", QualificationKind.DEFENCE_SECURITY, "DT3"));
		assertThat(levels.highest(all, DT2).get(a))
			.containsExactlyInAnyOrderEntriesOf(Map.of(QualificationKind.PROFESSIONAL, "THAC_SI",
					QualificationKind.POLITICAL_THEORY, "TRUNG_CAP", QualificationKind.DEFENCE_SECURITY, "DT2"));
		assertThat(levels.highest(all, MASTER.minusDays(1)).get(b))
			.doesNotContainKey(QualificationKind.DEFENCE_SECURITY);
		assertThat(levels.highest(all, MASTER).get(b)).containsEntry(QualificationKind.DEFENCE_SECURITY, "DT4");
		people.softDelete(b, "Hồ sơ trùng", Scope.all());
		assertThat(levels.highest(all, DT2)).doesNotContainKey(b)
			.isEqualTo(levels.fromHistories(all, List.of(QualificationKind.values()), DT2));
	}

	/**
	 * Issue 16 (V14_7): with the defence group read from person_fact too, the answer on
	 * seeded random dossiers (every kind, DT1–DT4 and a group that is no đối tượng, rows
	 * X every date where something changes.
	 */
	@Test
	void seededDossiersGiveTheSameAnswerFromTheFactsAsFromTheHistories() {
		java.util.Random rnd = new java.util.Random(16);
		long unit = fixture.tree().communeA().id();
		Map<QualificationKind, List<String>> codes = Map.of(QualificationKind.PROFESSIONAL,
				List.of("TRUNG_CAP", "CAO_DANG", "DAI_HOC", "THAC_SI", "TIEN_SI"), QualificationKind.POLITICAL_THEORY,
				List.of("SO_CAP", "TRUNG_CAP", "CAO_CAP"), QualificationKind.STATE_MANAGEMENT,
				List.of("CHUYEN_VIEN", "CHUYEN_VIEN_CHINH"), QualificationKind.IT, List.of("CO_BAN"),
				QualificationKind.DEFENCE_SECURITY, List.of("DT1", "DT2", "DT3", "DT4", "KHAC"));
		List<Long> ids = new java.util.ArrayList<>();
		java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
		for (int i = 0; i < 24; i++) {
			long id = fixture.create("Lê Văn Mẫu " + (char) ('A' + i), unit).id();
			ids.add(id);
			for (int j = 0; j < 6; j++) {
				QualificationKind k = List.copyOf(codes.keySet()).get(rnd.nextInt(codes.size()));
				List<String> levels = codes.get(k);
				LocalDate from = LocalDate.of(2006 + rnd.nextInt(18), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
				LocalDate to = rnd.nextInt(4) == 0 ? from.plusDays(200 + rnd.nextInt(2000)) : null;
				Qualification q = add(id, k, levels.get(rnd.nextInt(levels.size())), from, to);
				dates.add(from);
				dates.add(from.minusDays(1));
				if (to != null) {
					dates.add(to);
					dates.add(to.minusDays(1));
				}
				if (rnd.nextInt(10) == 0) {
					people.deleteEntry(id, HistoryKind.QUALIFICATION, q.id(), "Nhập nhầm", Scope.all());
				}
			}
		}
		people.softDelete(ids.get(0), "Hồ sơ trùng", Scope.all());
		List<QualificationKind> all = List.of(QualificationKind.values());
		for (LocalDate d : dates) {
			assertThat(levels.highest(ids, d)).as("%s", d).isEqualTo(levels.fromHistories(ids, all, d));
			assertThat(levels.highest(ids, List.of(QualificationKind.DEFENCE_SECURITY), d)).as("%s defence", d)
				.isEqualTo(levels.fromHistories(ids, List.of(QualificationKind.DEFENCE_SECURITY), d));
		}
		assertThat(dates).hasSizeGreaterThan(100);
		// the holders' read with their levels (the gap analysis's, one query) answers as
		// highest for the same persons; before 2010 they hold no position, but one holds
		// a
		// concurrent one from 2008 (no fact row then: the histories)
		people.add(ids.get(1), HistoryKind.POSITION, new Position(null, unit, null, "CHUYEN_VIEN", null, true, false,
				LocalDate.of(2008, 1, 1), null, null, null, null, null, null, null), Scope.all());
		for (LocalDate d : dates) {
			Map<Long, Map<QualificationKind, String>> fromHolders = new java.util.HashMap<>();
			levels.titleHolders(List.of(unit), List.of("CHUYEN_VIEN"), all, d)
				.stream()
				.filter(h -> ids.contains(h.holder().personId()) && !h.highest().isEmpty())
				.forEach(h -> fromHolders.put(h.holder().personId(), h.highest()));
			Map<Long, Map<QualificationKind, String>> expected = new java.util.HashMap<>(levels.highest(ids, d));
			expected.keySet()
				.retainAll(levels.titleHolders(List.of(unit), List.of("CHUYEN_VIEN"), all, d)
					.stream()
					.map(h -> h.holder().personId())
					.toList());
			assertThat(fromHolders).as("%s holders", d).isEqualTo(expected);
		}
	}

	private Qualification add(long person, QualificationKind kind, String level, LocalDate from, LocalDate to) {
		return people.add(person, HistoryKind.QUALIFICATION,
				new Qualification(null, kind, level, null, null, null, from, to), Scope.all());
	}

}
