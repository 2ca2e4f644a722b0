package vn.canbo.demo;

import java.util.random.RandomGenerator;

/**
 * Vietnamese full names with realistic frequencies: family names weighted as in the
 * population (Nguyễn about 38%, Trần 11%, Lê 9.5%…), middle names by gender (Văn / Thị
 * and the modern ones), common given names.
 */
final class VietnameseNames {

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Đoàn", "Lâm", "Mai", "Trịnh", "Lưu",
			"Tạ", "Cao", "Châu", "Quách", "Thái" };

	private static final int[] FAMILY_WEIGHT = { 380, 110, 95, 70, 30, 21, 45, 25, 15, 20, 20, 14, 13, 13, 10, 5, 6, 6,
			5, 4, 4, 4, 3, 3, 3, 2, 2, 2 };

	private static final String[] MIDDLE_MALE = { "Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành",
			"Ngọc", "Xuân", "Anh", "Tiến", "Trọng", "Quốc" };

	private static final String[] MIDDLE_FEMALE = { "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Hồng",
			"Mỹ", "Thùy", "Phương", "Bích", "Diệu", "Minh" };

	private static final String[] GIVEN_MALE = { "Hùng", "Dũng", "Đức", "Minh", "Tuấn", "Hải", "Nam", "Phong", "Long",
			"Quân", "Sơn", "Thắng", "Trung", "Hiếu", "Khoa", "Lâm", "Cường", "Bình", "Tâm", "Thành", "Vinh", "Phúc",
			"Tài", "Hoàng", "Huy", "Khánh", "Đạt", "Toàn", "Thịnh", "Lộc", "Nghĩa", "Quý", "Hưng", "Trí", "Việt", "Hòa",
			"Tùng", "Kiên", "Định", "Thuận" };

	private static final String[] GIVEN_FEMALE = { "Lan", "Hoa", "Hương", "Mai", "Linh", "Trang", "Thảo", "Ngọc",
			"Hằng", "Nga", "Thủy", "Yến", "Phương", "Dung", "Hạnh", "Huyền", "Nhung", "Oanh", "Vân", "Hà", "Loan",
			"Tuyết", "Xuân", "Diệp", "Quyên", "Trinh", "Nhàn", "Thơm", "Liên", "Hiền", "Thư", "Ánh", "Châu", "Giang",
			"My", "Uyên" };

	private static final int FAMILY_TOTAL;

	static {
		int t = 0;
		for (int w : FAMILY_WEIGHT) {
			t += w;
		}
		FAMILY_TOTAL = t;
	}

	private VietnameseNames() {
	}

	static String family(RandomGenerator r) {
		int x = r.nextInt(FAMILY_TOTAL);
		for (int i = 0; i < FAMILY.length; i++) {
			x -= FAMILY_WEIGHT[i];
			if (x < 0) {
				return FAMILY[i];
			}
		}
		return FAMILY[0];
	}

	static String fullName(RandomGenerator r, boolean female) {
		String middle = female ? pick(r, MIDDLE_FEMALE) : pick(r, MIDDLE_MALE);
		String given = female ? pick(r, GIVEN_FEMALE) : pick(r, GIVEN_MALE);
		// about one name in eight has a second middle name ("Nguyễn Thị Thu Hà")
		if (r.nextInt(8) == 0) {
			String second = female ? pick(r, MIDDLE_FEMALE) : pick(r, MIDDLE_MALE);
			if (!second.equals(middle) && !second.equals("Thị") && !second.equals("Văn")) {
				middle = middle + " " + second;
			}
		}
		return family(r) + " " + middle + " " + given;
	}

	static String pick(RandomGenerator r, String[] values) {
		return values[r.nextInt(values.length)];
	}

}
