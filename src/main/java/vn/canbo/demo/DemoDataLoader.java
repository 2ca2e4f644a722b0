package vn.canbo.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.org.UnitService;

/**
 * On start-up with {@code canbo.demo.enabled=true} (the default of
 * {@code mvn spring-boot:run}) and an empty organisation tree, loads the demo locality;
 * then prints where canbo runs and the demo logins.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class DemoDataLoader {

	static final long SEED = 20250701L;

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoDataGenerator generator;

	private final UnitService units;

	private final Environment env;

	private final boolean enabled;

	DemoDataLoader(DemoDataGenerator generator, UnitService units, Environment env, DemoSettings settings) {
		this.generator = generator;
		this.units = units;
		this.env = env;
		this.enabled = settings.enabled();
	}

	/**
	 * Runs before the bootstrap administrator (order 100), so that the demo logins are
	 * the ones announced.
	 */
	@Bean
	@Order(10)
	ApplicationRunner loadDemoData() {
		return args -> {
			if (enabled) {
				load();
			}
		};
	}

	private void load() {
		if (units.children(null, java.time.LocalDate.now()).isEmpty()
				&& units.findByCode("BG", DemoDataGenerator.BEFORE_REFORM).isEmpty()) {
			log.info("Empty database: loading the demo locality (tỉnh Bình Giang, thị xã Tân Lập)…");
			long t = System.nanoTime();
			DemoDataGenerator.Summary s = generator.generate(SEED);
			log.info("Demo data loaded in {} s: {} units, {} persons", (System.nanoTime() - t) / 1_000_000_000,
					s.units(), s.persons());
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		if (!enabled) {
			return;
		}
		String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
		String banner = """

				============================================================
				  canbo đang chạy tại / is running at: http://localhost:%s
				  API: http://localhost:%s/api/docs
				  Tài khoản demo (mật khẩu %s):
				    admin        quản trị hệ thống (toàn bộ)
				    tochuc.tinh  cán bộ tổ chức — tỉnh Bình Giang
				    tochuc.xa    cán bộ tổ chức — phường Tân Lập
				    lanhdao      lãnh đạo (chỉ xem) — tỉnh Bình Giang
				    kiemtra      kiểm tra (nhật ký) — tỉnh Bình Giang
				    nhaplieu     nhập liệu — phường Tân Lập
				============================================================
				""".formatted(port, port, DemoDataGenerator.PASSWORD);
		log.info(banner);
	}

}
