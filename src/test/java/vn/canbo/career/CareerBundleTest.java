package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.canbo.shared.Messages;

/**
 * The career bundles: the "Kiêm nhiệm" badge of a concurrent post and the heading of the
 * movement statistics are two keys (a second definition of one key silently replaced the
 * first; shared.BundlesTest checks every bundle for that).
 */
class CareerBundleTest {

	@Test
	void concurrentPostBadgeAndStatisticsHeadingAreDistinct() {
		assertThat(Messages.text(Messages.VIETNAMESE, "career.concurrent")).isEqualTo("Kiêm nhiệm");
		assertThat(Messages.text(Locale.ENGLISH, "career.concurrent")).isEqualTo("Concurrent post");
		assertThat(Messages.text(Messages.VIETNAMESE, "career.concurrent.title"))
			.isEqualTo("Kiêm nhiệm chức danh chủ chốt cấp xã");
	}

}
