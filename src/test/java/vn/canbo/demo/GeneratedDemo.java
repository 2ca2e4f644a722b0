package vn.canbo.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * The demo locality of a {@link WithDemoLocality} context: generated on start-up with the
 * seed of {@code mvn spring-boot:run}, before the bootstrap administrator, as
 * {@link DemoDataLoader} does it.
 */
@Order(10)
public class GeneratedDemo implements ApplicationRunner {

	private final DemoDataGenerator generator;

	private DemoDataGenerator.Summary summary;

	GeneratedDemo(DemoDataGenerator generator) {
		this.generator = generator;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.summary = this.generator.generate(DemoDataLoader.SEED);
	}

	/**
	 * What {@link DemoDataGenerator#generate(long)} returned for this context's locality.
	 */
	public DemoDataGenerator.Summary summary() {
		if (this.summary == null) {
			throw new IllegalStateException("The demo locality is generated when the context starts");
		}
		return this.summary;
	}

}
