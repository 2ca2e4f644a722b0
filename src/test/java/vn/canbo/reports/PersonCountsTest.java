package vn.canbo.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.reports.PersonCounts.Measure;
import vn.canbo.reports.PersonCounts.Query;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * A report's columns are conditions written on the facts' columns (bands, yes/no and
 * "none" without computing the dimension's key): for every dimension and every value —
 * NONE, value sets and unknown values included — the condition counts exactly the persons
 * a breakdown by that dimension puts under the value.
 */
@SpringBootTest
@Transactional
class PersonCountsTest {

	@Autowired
	PersonCounts stats;

	@Autowired
	PersonService people;

	@Autowired
	UnitService units;

	@Test
	void everyConditionCountsWhatTheBreakdownShowsUnderItsValues() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		long unit = units
			.create(new UnitService.NewUnit("A-" + k, "UBND xã An " + k, null, "UBND", AdminLevel.COMMUNE, null,
					LocalDate.of(2000, 1, 1)))
			.id();
		// persons at the edges of the conditions: a member who left the party, no
		// ethnicity or religion recorded,
		// a minority, a religion, birthdays either side of the date (37 on 1/1/2026, and
		// 36), a woman
		// past the retirement age
		create("Lò Văn Páo", Gender.MALE, LocalDate.of(1989, 1, 1), unit, "02", "01", LocalDate.of(2015, 3, 2),
				LocalDate.of(2020, 1, 1));
		create("Vũ Thị Hằng", Gender.FEMALE, LocalDate.of(1958, 7, 1), unit, null, null, LocalDate.of(1990, 1, 1),
				null);
		create("Đinh Công Sơn", Gender.MALE, LocalDate.of(1985, 12, 31), unit, "01", "", null, null);
		create("Hoàng Văn Lâm", Gender.MALE, LocalDate.of(1989, 1, 2), unit, "01", "00", null, null);
		for (LocalDate d : List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2015, 6, 30))) {
			Query q = Query.of(d, null);
			for (Dimension dim : Dimension.values()) {
				if (dim.multiValued() || dim == Dimension.UNIT_GROUP || dim == Dimension.TOTAL) {
					continue;
				}
				Map<String, Long> breakdown = new LinkedHashMap<>();
				stats.crossTab(q, Dimension.TOTAL, dim, Scope.all())
					.stream()
					.filter(c -> c.row() != null && c.column() != null)
					.forEach(c -> breakdown.put(c.column(), c.count()));
				List<String> values = new ArrayList<>(breakdown.keySet());
				List<Measure> measures = new ArrayList<>();
				for (String v : values) {
					measures.add(new Measure(v, dim, List.of(v)));
				}
				measures.add(new Measure("none", dim, List.of(Dimension.NONE)));
				measures.add(new Measure("unknown", dim, List.of("??")));
				measures.add(new Measure("first two", dim, values.subList(0, Math.min(2, values.size()))));
				Map<String, Long> counted = stats.measures(q, Dimension.TOTAL, measures, Scope.all())
					.stream()
					.filter(r -> r.row() != null)
					.findFirst()
					.orElseThrow()
					.counts();
				for (String v : values) {
					assertThat(counted.get(v)).as("%s = '%s' on %s", dim, v, d).isEqualTo(breakdown.get(v));
				}
				assertThat(counted.get("none")).as("%s none on %s", dim, d)
					.isEqualTo(breakdown.getOrDefault(Dimension.NONE, 0L));
				assertThat(counted.get("unknown")).as("%s unknown value", dim).isZero();
				assertThat(counted.get("first two")).as("%s two values on %s", dim, d)
					.isEqualTo(values.stream().limit(2).mapToLong(breakdown::get).sum());
			}
		}
		// the edges are there: a band has persons on both sides, a person outside the
		// party and one inside
		Map<String, Long> party = new LinkedHashMap<>();
		stats.crossTab(Query.of(LocalDate.of(2026, 1, 1), List.of(unit)), Dimension.TOTAL, Dimension.PARTY, Scope.all())
			.stream()
			.filter(c -> c.row() != null && c.column() != null)
			.forEach(c -> party.put(c.column(), c.count()));
		assertThat(party).containsEntry("YES", 1L).containsEntry("NO", 3L);
	}

	private void create(String name, Gender gender, LocalDate birth, long unitId, String ethnicity, String religion,
			LocalDate partyJoined, LocalDate partyLeft) {
		PersonData d = PersonData.basic(PersonCategory.CIVIL_SERVANT, name, gender, PartialDate.of(birth));
		d = KnownDataset.with(KnownDataset.with(d, "ethnicityCode", ethnicity), "religionCode", religion);
		d = KnownDataset.with(
				KnownDataset.with(KnownDataset.with(d, "partyJoinedOn", partyJoined), "partyOfficialOn", null),
				"partyLeftOn", partyLeft);
		people.create(
				new NewPerson(d,
						Position.main(unitId, "CHUYEN_VIEN", "Chuyên viên Văn phòng", LocalDate.of(2010, 1, 1))),
				Scope.all());
	}

}
