package vn.canbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.AwardBatch;
import vn.canbo.people.AwardBatches;
import vn.canbo.people.AwardLevel;
import vn.canbo.people.CollectiveAward;
import vn.canbo.people.CollectiveAwards;
import vn.canbo.people.Discipline;
import vn.canbo.people.DisciplineKind;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Issue 15, point 4: the reward and discipline figures of a report's period ("khen thưởng
 * 02 tập thể, 03 cá nhân"), counted from the first to the last day of the period
 * inclusive, for the population's unit subtree.
 */
@SpringBootTest
@Transactional
class HonoursFiguresTest {

	static final LocalDate FIRST = LocalDate.of(2024, 1, 1), LAST = LocalDate.of(2024, 12, 31);

	@Autowired
	Figures figures;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	AwardBatches batches;

	@Autowired
	CollectiveAwards collective;

	@Test
	void countsIndividualsAndCollectivesOverThePeriod() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		UnitView area = units.create(new UnitService.NewUnit("KT-" + k, "Xã Khen Thưởng " + k, null, "DIA_BAN",
				AdminLevel.COMMUNE, null, LocalDate.of(2000, 1, 1)));
		UnitView office = units.create(new UnitService.NewUnit("KTU-" + k, "UBND xã Khen Thưởng " + k, null, "UBND",
				AdminLevel.COMMUNE, area.id(), LocalDate.of(2000, 1, 1)));
		UnitView outside = units.create(new UnitService.NewUnit("KTN-" + k, "Xã Ngoài " + k, null, "DIA_BAN",
				AdminLevel.COMMUNE, null, LocalDate.of(2000, 1, 1)));
		long p1 = person("Khen Một", office), p2 = person("Khen Hai", office), p3 = person("Khen Ba", office);
		long far = person("Khen Ngoài", outside);
		Scope all = Scope.all();
		batches.award(batch("GIAY_KHEN", FIRST, p1, p2, far), all);
		batches.award(batch("BK_TINH", LAST, p3), all);
		batches.award(batch("BK_TINH", LAST.plusDays(1), p1), all);
		collective.add(collective(office.id(), FIRST), all);
		collective.add(collective(area.id(), LAST), all);
		collective.add(collective(office.id(), FIRST.minusDays(1)), all);
		collective.add(collective(outside.id(), FIRST), all);
		people.add(p1, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE, "KHIEN_TRACH", FIRST,
				null, null, "UBND xã", "Chậm", "1/QĐ"), all);
		people.add(p2, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE, "CANH_CAO",
				LAST.plusDays(1), null, null, "UBND xã", "Chậm", "2/QĐ"), all);

		Population p = new Population(null, null, "Xã", List.of(area.id()), null, null, null, LAST, null, 0);
		FigureRequest r = new FigureRequest(p, LAST, FIRST, LAST, all);
		assertThat(count("AWARD_PERSONS", r)).isEqualTo(3);
		assertThat(count("AWARD_INDIVIDUAL", r)).isEqualTo(3);
		assertThat(count("AWARD_COLLECTIVES", r)).isEqualTo(2);
		assertThat(count("AWARD_COLLECTIVE", r)).isEqualTo(2);
		assertThat(count("AWARD_GIAY_KHEN", r)).isEqualTo(2);
		assertThat(count("AWARD_BK_TINH", r)).isEqualTo(1);
		assertThat(count("AWARD_COLLECTIVE_CO_THI_DUA", r)).isEqualTo(2);
		assertThat(count("DISCIPLINE_PERSONS", r)).isEqualTo(1);
		assertThat(count("DISCIPLINE_KHIEN_TRACH", r)).isEqualTo(1);
		assertThat(count("DISCIPLINE_CANH_CAO", r)).isZero();
		assertThat(figures.compute("AWARD_PERSONS", r).orElseThrow().label()).isEqualTo("Số cá nhân được khen thưởng");

		FigureRequest later = new FigureRequest(p, LAST.plusDays(1), FIRST.plusDays(1), LAST.plusDays(1), all);
		assertThat(count("AWARD_GIAY_KHEN", later)).isZero();
		assertThat(count("AWARD_BK_TINH", later)).isEqualTo(2);
		assertThat(count("AWARD_COLLECTIVES", later)).isEqualTo(1);
		assertThat(count("DISCIPLINE_PERSONS", later)).isEqualTo(1);
		assertThat(count("DISCIPLINE_CANH_CAO", later)).isEqualTo(1);

		assertThatThrownBy(() -> figures.compute("AWARD_PERSONS",
				new FigureRequest(p, LAST, FIRST, LAST, all, Map.of("GENDER", List.of("FEMALE")))))
			.isInstanceOf(ValidationException.class);
	}

	private long count(String code, FigureRequest r) {
		return figures.compute(code, r).orElseThrow().count();
	}

	private long person(String name, UnitView unit) {
		return people
			.create(new NewPerson(
					KnownDataset.data(name, Gender.MALE, "1980-02-03", "01", "00", null, null,
							PersonCategory.CIVIL_SERVANT),
					Position.main(unit.id(), "CHUYEN_VIEN", "Chuyên viên", LocalDate.of(2010, 1, 1)), null, List.of()),
					Scope.all())
			.id();
	}

	private static AwardBatch batch(String form, LocalDate on, Long... ids) {
		return new AwardBatch("3/QĐ", on, "UBND tỉnh", form, AwardLevel.PROVINCE, "Thành tích", null, List.of(ids));
	}

	private static CollectiveAward collective(long unitId, LocalDate on) {
		return new CollectiveAward(null, unitId, null, "CO_THI_DUA", AwardLevel.PROVINCE, "UBND tỉnh", "8/QĐ", on,
				"Thành tích", null);
	}

}
