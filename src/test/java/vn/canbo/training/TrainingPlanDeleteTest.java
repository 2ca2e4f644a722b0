package vn.canbo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.targets.Programmes;

/**
 * Deleting a yearly training plan: scope first (404), a stale version (409), a year
 * already over refused with its reason, the plan and its targets gone (audited) while the
 * enrolments stay, the same plan made again; the API and the page (confirmed in the
 * browser by confirm.js); two creations of the same plan at the same time: the second
 * gets a Vietnamese message, not a constraint error.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class TrainingPlanDeleteTest {

	static final int YEAR = LocalDate.now().getYear();

	@Autowired
	TrainingFixture fx;

	@Autowired
	TrainingPlans plans;

	@Autowired
	Programmes programmes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TransactionTemplate tx;

	static PlanInput input(long turns) {
		return new PlanInput("09/KH-UBND", LocalDate.of(YEAR, 1, 10), "Ủy ban nhân dân xã", null,
				List.of(new PlanInput.Row(CourseKind.IT.name(), turns, null)));
	}

	private long audits(long planId) {
		return jdbc
			.sql("select count(*) from audit_event where entity_type = 'training_plan' and entity_id = ?"
					+ " and action = 'DELETE'")
			.param(String.valueOf(planId))
			.query(Long.class)
			.single();
	}

	@Test
	void deleteRemovesThePlanAndItsTargetsNotTheEnrolmentsAndRefusesAPastYear() {
		TrainingFixture.Tree t = fx.tree();
		long a = t.a().id(), b = t.b().id();
		long p1 = fx.person("Ninh Văn Một", a);
		fx.send(fx
			.course("Tin học kế hoạch", CourseKind.IT, null, a, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 1, 5))
			.id(), p1);
		TrainingPlan plan = plans.save(a, YEAR, input(2), Scope.of(a));
		assertThat(plan.lines().get(0).turns()).isEqualTo(1);
		assertThatThrownBy(() -> plans.delete(a, YEAR, plan.version(), Scope.of(b)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> plans.delete(a, YEAR, plan.version() + 1, Scope.of(a)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(plans.find(a, YEAR, null, Scope.of(a))).isPresent();

		plans.delete(a, YEAR, plan.version(), Scope.of(a));
		assertThat(plans.find(a, YEAR, null, Scope.of(a))).isEmpty();
		assertThatThrownBy(() -> programmes.get(plan.programmeId(), Scope.all())).isInstanceOf(NotFoundException.class);
		assertThat(audits(plan.id())).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from training_enrolment where person_id = ?")
			.param(p1)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThatThrownBy(() -> plans.delete(a, YEAR, null, Scope.of(a))).isInstanceOf(NotFoundException.class);
		// made again (the programme's code is free again)
		TrainingPlan again = plans.save(a, YEAR, input(3), Scope.of(a));
		assertThat(again.lines().get(0).turnsTarget()).isEqualTo(3);
		assertThat(again.lines().get(0).turns()).isEqualTo(1);

		// a year already over: refused, with its reason; nothing removed
		TrainingPlan past = plans.save(b, YEAR - 1, new PlanInput("01/KH", LocalDate.of(YEAR - 1, 1, 5), "UBND xã",
				null, List.of(new PlanInput.Row(CourseKind.IT.name(), 1L, null))), Scope.of(b));
		assertThatThrownBy(() -> plans.delete(b, YEAR - 1, past.version(), Scope.of(b)))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("đã kết thúc");
		assertThat(plans.find(b, YEAR - 1, null, Scope.of(b))).isPresent();
		assertThat(programmes.get(past.programmeId(), Scope.all()).indicators()).hasSize(1);
	}

	@Test
	void theApiAndThePageDelete() throws Exception {
		TrainingFixture.Tree t = fx.tree();
		long a = t.a().id(), b = t.b().id();
		TrainingPlan plan = plans.save(a, YEAR, input(2), Scope.of(a));
		assertThat(
				mvc.perform(delete("/api/v1/training/plans/" + a + "/" + YEAR).with(TestUsers.officer(b)).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(404);
		assertThat(mvc
			.perform(delete("/api/v1/training/plans/" + a + "/" + YEAR).with(TestUsers.officer(a))
				.with(csrf())
				.param("version", String.valueOf(plan.version())))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(204);
		assertThat(audits(plan.id())).isEqualTo(1);
		TrainingPlan again = plans.save(a, YEAR, input(2), Scope.of(a));
		String html = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/training/plans/" + a + "/" + YEAR)
				.with(TestUsers.officer(a)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("data-plan-delete", "Xóa kế hoạch", "data-confirm=\"Xóa kế hoạch đào tạo");
		assertThat(mvc
			.perform(post("/training/plans/" + a + "/" + YEAR + "/delete").with(TestUsers.officer(a))
				.with(csrf())
				.param("version", String.valueOf(again.version())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/training/plans?year=" + YEAR + "&unitId=" + a);
		assertThat(plans.find(a, YEAR, null, Scope.of(a))).isEmpty();
		// a past year on the page: the reason shown, nothing deleted
		plans.save(b, YEAR - 1, new PlanInput("02/KH", LocalDate.of(YEAR - 1, 1, 5), "UBND xã", null,
				List.of(new PlanInput.Row(CourseKind.IT.name(), 1L, null))), Scope.of(b));
		html = mvc
			.perform(
					post("/training/plans/" + b + "/" + (YEAR - 1) + "/delete").with(TestUsers.officer(b)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("đã kết thúc");
		assertThat(plans.find(b, YEAR - 1, null, Scope.of(b))).isPresent();
	}

	/**
	 * A creates the plan and holds its transaction open until B, creating the same plan,
	 * waits on A's row; A commits; B meets the unique constraint and gets the message.
	 */
	@Test
	void twoCreationsAtOnceTheSecondGetsAFriendlyMessage() throws Exception {
		TrainingFixture.Tree t = fx.tree();
		long a = t.a().id();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch saved = new CountDownLatch(1);
			Future<?> first = pool.submit(() -> tx.executeWithoutResult(s -> {
				plans.save(a, YEAR, input(2), Scope.all());
				saved.countDown();
				waitForALockWaiter();
			}));
			saved.await();
			Future<TrainingPlan> second = pool.submit(() -> plans.save(a, YEAR, input(5), Scope.all()));
			first.get();
			assertThatThrownBy(second::get).hasCauseInstanceOf(ConcurrentEditException.class)
				.hasMessageContaining("vừa được người khác lập cùng lúc");
			assertThat(plans.get(a, YEAR, null, Scope.all()).lines().get(0).turnsTarget()).isEqualTo(2);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void waitForALockWaiter() {
		for (int i = 0; i < 600; i++) {
			long waiting = jdbc
				.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
						+ " and datname = current_database()")
				.query(Long.class)
				.single();
			if (waiting > 0) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
