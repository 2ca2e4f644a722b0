package vn.canbo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.career.Movements;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.PersonCriteria;
import vn.canbo.people.PersonSearch;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;

/**
 * The demo locality, generated (once per JVM, see {@link WithDemoLocality}) and checked
 * for realism and consistency.
 */
@WithDemoLocality
@Transactional
class DemoDataGeneratorTest {

	@Autowired
	GeneratedDemo demo;

	@Autowired
	UnitService units;

	@Autowired
	PersonSearch search;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Movements movements;

	@Test
	void generatesTheTownAndItsRestructuring() {
		DemoDataGenerator.Summary s = demo.summary();
		assertThat(s.persons()).isBetween(1_600, 2_000);
		assertThat(s.newCommunes()).containsExactly(DemoDataGenerator.NEW_NAMES);

		UnitView province = units.findByCode("BG", LocalDate.of(2025, 6, 30)).orElseThrow();
		UnitView town = units.findByCode("TL", LocalDate.of(2025, 6, 30)).orElseThrow();
		// before the reform: the town with its 16 communes and wards; after: no town, 5
		// communes under the province
		assertThat(units.children(town.id(), LocalDate.of(2025, 6, 30))
			.stream()
			.filter(u -> u.typeCode().equals("DIA_BAN"))).hasSize(16);
		assertThat(units.findByCode("TL", LocalDate.of(2025, 7, 1))).isEmpty();
		assertThat(units.children(province.id(), LocalDate.of(2025, 7, 1))
			.stream()
			.filter(u -> u.typeCode().equals("DIA_BAN"))).hasSize(5);

		// everyone who worked on 30/6/2025 is in the province's subtree; the headcount is
		// kept across the reform
		long before = total(province.id(), LocalDate.of(2025, 6, 30));
		assertThat(before).isEqualTo(s.persons());
		assertThat(total(province.id(), LocalDate.of(2025, 7, 15))).isEqualTo(before);

		// concurrent posts before the reform: 11 commune Party secretaries chair the
		// People's Council
		long secretariesChairingCouncil = jdbc
			.sql("""
					select count(*) from person_position m join person_position c on c.person_id = m.person_id
					where m.title_code = 'BI_THU' and not m.concurrent and c.title_code = 'CHU_TICH_HDND' and c.concurrent
					  and m.valid_from <= date '2025-06-30' and c.valid_from <= date '2025-06-30'
					  and m.deleted_at is null and c.deleted_at is null
					  and exists (select 1 from person_position x where x.id = m.id and (x.valid_to is null or x.valid_to > date '2025-06-30'))""")
			.query(Long.class)
			.single();
		assertThat(secretariesChairingCouncil).isEqualTo(11);

		// after consolidation (15/7/2025) every new commune Party committee has exactly
		// one secretary
		List<Long> secretaries = jdbc.sql("""
				select count(*) from person_position p
				where p.title_code = 'BI_THU' and p.deleted_at is null and p.valid_from <= date '2025-07-15'
				  and (p.valid_to is null or p.valid_to > date '2025-07-15')
				  and p.unit_id in (select unit_id from org_unit_version where type_code = 'DANG_UY_XA'
				                    and valid_from = date '2025-07-01')
				group by p.unit_id""").query(Long.class).list();
		assertThat(secretaries).hasSize(5).containsOnly(1L);

		// realistic names with diacritics, found without them
		PageResult<?> nguyen = search.search(new PersonCriteria("nguyen", province.id(), null, null, null, null, null,
				null, null, null, null, null, LocalDate.of(2025, 6, 30), 0, 20, null), Scope.all());
		assertThat(nguyen.total()).isGreaterThan(s.persons() / 5);
		assertThat(accounts.find("tochuc.xa")).isPresent();
	}

	@Test
	void theGeneratorIsDeterministic() {
		List<String> a = BenchmarkPopulation.sampleNames(11, 50);
		List<String> b = BenchmarkPopulation.sampleNames(11, 50);
		assertThat(a).isEqualTo(b).allSatisfy(n -> assertThat(n.split(" ").length).isBetween(3, 5));
		assertThat(VietnameseNames.fullName(new Random(5), true))
			.isEqualTo(VietnameseNames.fullName(new Random(5), true));
	}

	/**
	 * The demo town on 30/6/2025: 11 of 16 communes where the Party secretary chairs the
	 * Council, 2 the Committee (career's concurrent-post statistics; was in
	 * AlertsAndMovementsTest, which generated the demo locality once more).
	 */
	@Test
	void concurrentPostsOverTheDemoCommunes() {
		LocalDate d = LocalDate.of(2025, 6, 30);
		UnitView town = units.findByCode("TL", d).orElseThrow();
		List<Movements.ConcurrentStat> s = movements.concurrent(Scope.all(), town.id(), d, Movements.defaultPairs());
		assertThat(s.get(0).total()).isEqualTo(16);
		assertThat(s.get(0).communes()).isEqualTo(11);
		assertThat(s.get(0).phrase()).isEqualTo("11/16 xã, phường có Bí thư Đảng ủy đồng thời là Chủ tịch HĐND");
		assertThat(s.get(1).communes()).isEqualTo(2);
		assertThat(s.get(1).phrase()).isEqualTo("2/16 xã, phường có Bí thư Đảng ủy đồng thời là Chủ tịch UBND");
		// after the reform the town no longer exists; the province holds 5 new communes
		UnitView province = units.findByCode("BG", LocalDate.of(2025, 7, 15)).orElseThrow();
		assertThat(movements.concurrent(Scope.all(), province.id(), LocalDate.of(2025, 7, 15), Movements.defaultPairs())
			.get(0)
			.total()).isEqualTo(5);
	}

	private long total(long unitId, LocalDate asOf) {
		return search
			.search(new PersonCriteria(null, unitId, null, null, null, null, null, null, null, null, null, null, asOf,
					0, 1, null), Scope.all())
			.total();
	}

}
