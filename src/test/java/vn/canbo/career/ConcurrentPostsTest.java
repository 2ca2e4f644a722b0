package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.demo.WithDemoLocality;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.shared.Scope;

/**
 * Concurrent-post statistics over the demo locality (moved from AlertsAndMovementsTest,
 * which runs on the shared database: the demo is generated once per JVM into a database
 * of its own).
 */
@WithDemoLocality
@Transactional
class ConcurrentPostsTest {

	@Autowired
	Movements movements;

	@Autowired
	UnitService units;

	/**
	 * The demo town on 30/6/2025: 11 of 16 communes where the Party secretary chairs the
	 * Council, 2 the Committee.
	 */
	@Test
	void concurrentPostsOverTheDemoCommunes() {
		// the demo locality (seed 20250701) is there: generated once by @WithDemoLocality
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

}
