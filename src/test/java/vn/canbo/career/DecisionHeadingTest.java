package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, point 3: the heading and signature wording of NĐ 30/2020 derived from the
 * issuer and the signer's title.
 */
class DecisionHeadingTest {

	@Test
	void placeIsTheLocalityWithoutItsLevelExceptNumberedOnesAndHoChiMinhCity() {
		assertThat(DecisionHeading.placeName("Tỉnh Bình Giang")).isEqualTo("Bình Giang");
		assertThat(DecisionHeading.placeName("Phường Tân Lập")).isEqualTo("Tân Lập");
		assertThat(DecisionHeading.placeName("Xã Đông Thạnh")).isEqualTo("Đông Thạnh");
		assertThat(DecisionHeading.placeName("Thị xã Tân Lập")).isEqualTo("Tân Lập");
		assertThat(DecisionHeading.placeName("Phường 15")).isEqualTo("Phường 15");
		assertThat(DecisionHeading.placeName("Thành phố Hồ Chí Minh")).isEqualTo("Thành phố Hồ Chí Minh");
		assertThat(DecisionHeading.placeName("Thành phố Hà Nội")).isEqualTo("Hà Nội");
	}

	@Test
	void bodiesAreSpelledOutAndTheSigningLinesFollowTheAuthority() {
		assertThat(DecisionHeading.upper("UBND tỉnh Bình Giang")).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BÌNH GIANG");
		assertThat(DecisionHeading.upper("HĐND xã An")).isEqualTo("HỘI ĐỒNG NHÂN DÂN XÃ AN");
		assertThat(DecisionHeading.collective("UBND tỉnh Bình Giang")).isEqualTo("ỦY BAN NHÂN DÂN");
		assertThat(DecisionHeading.collective("Tỉnh ủy Bình Giang")).isEqualTo("BAN THƯỜNG VỤ");
		assertThat(DecisionHeading.collective("Ủy ban MTTQ Việt Nam xã An")).isEqualTo("BAN THƯỜNG TRỰC");
		assertThat(DecisionHeading.head("Phó Chủ tịch")).isEqualTo("CHỦ TỊCH");
		assertThat(DecisionHeading.head("PHÓ GIÁM ĐỐC")).isEqualTo("GIÁM ĐỐC");
		assertThat(DecisionHeading.head("Chủ tịch")).isEqualTo("CHỦ TỊCH");
	}

	@Test
	void recipientsAreTrimmedOfTheirDashesAndSemicolonsOnceEach() {
		assertThat(DecisionSigning.lines("- Sở Nội vụ;\n\nSở Nội vụ\r\n  Ban Tổ chức Tỉnh ủy.  "))
			.isEqualTo(List.of("Sở Nội vụ", "Ban Tổ chức Tỉnh ủy"));
		assertThat(DecisionArticles.coefficient(new java.math.BigDecimal("0.5"))).isEqualTo("0,50");
		assertThat(DecisionArticles.coefficient(new java.math.BigDecimal("3.33"))).isEqualTo("3,33");
	}

}
