package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * PLAN-02 under concurrency: with two persons in the plan, four additions to the same
 * title at once leave exactly three (the plan row is locked by each addition); PLAN-03
 * likewise for one person and four titles of two plans of the same level (two communes).
 */
@SpringBootTest
class PlanningConcurrencyTest {

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	int race(List<Runnable> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> done = new ArrayList<>();
		for (Runnable r : calls) {
			done.add(pool.submit(() -> {
				start.await();
				try {
					r.run();
					return true;
				}
				catch (ValidationException e) {
					return false;
				}
			}));
		}
		start.countDown();
		int ok = 0;
		for (Future<Boolean> f : done) {
			ok += f.get() ? 1 : 0;
		}
		pool.shutdown();
		return ok;
	}

	@Test
	void concurrentAdditionsNeverPassTheCaps() throws Exception {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		Plan plan = fx.plan(a, "CHU_TICH_UBND");
		plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", fx.person("Ông Sẵn Một", a, "CHUYEN_VIEN")),
				Scope.all());
		plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", fx.person("Ông Sẵn Hai", a, "CHUYEN_VIEN")),
				Scope.all());
		List<Runnable> calls = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			long p = fx.person("Ông Đua " + (char) ('A' + i), a, "CHUYEN_VIEN");
			calls.add(() -> plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", p), Scope.all()));
		}
		assertThat(race(calls)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from planning_candidate where plan_id = ?")
			.param(plan.id())
			.query(Long.class)
			.single()).isEqualTo(3);

		long p = fx.person("Bà Nhiều Chức", a, "CHUYEN_VIEN");
		Plan one = fx.plan(t.b().id(), "PHO_CHU_TICH_UBND", "CHU_TICH_HDND");
		Plan two = fx.plan(a, PlanKind.NEXT, "DANG_2025_2030", "PHO_CHU_TICH_HDND", "CHU_TICH_MTTQ");
		assertThat(race(List.of(() -> plans.add(one.id(), PlanningFixture.in("PHO_CHU_TICH_UBND", p), Scope.all()),
				() -> plans.add(one.id(), PlanningFixture.in("CHU_TICH_HDND", p), Scope.all()),
				() -> plans.add(two.id(), PlanningFixture.in("PHO_CHU_TICH_HDND", p), Scope.all()),
				() -> plans.add(two.id(), PlanningFixture.in("CHU_TICH_MTTQ", p), Scope.all()))))
			.isEqualTo(3);
	}

}
