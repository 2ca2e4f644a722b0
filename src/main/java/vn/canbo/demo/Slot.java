package vn.canbo.demo;

import vn.canbo.people.PersonCategory;

/**
 * A post to fill in a unit: title, category, how many, the share of women, the age range
 * and the profile that decides education, theory level, rank and party membership.
 */
record Slot(String titleCode, String titleText, PersonCategory category, int count, int femalePercent, int minAge,
		int maxAge, Profile profile) {

	enum Profile {

		/**
		 * leaders of the province and town (Bí thư, Chủ tịch, trưởng ban, trưởng phòng)
		 */
		SENIOR_LEADER,
		/** commune leaders (chủ chốt cấp xã) */
		COMMUNE_LEADER,
		/** civil servants and specialists */
		SPECIALIST, TEACHER, DOCTOR, NURSE,
		/** part-time hamlet and commune workers */
		HAMLET,
		/** drivers, clerks, support staff */
		SUPPORT

	}

	static Slot of(String titleCode, String titleText, PersonCategory category, int count, int femalePercent,
			int minAge, int maxAge, Profile profile) {
		return new Slot(titleCode, titleText, category, count, femalePercent, minAge, maxAge, profile);
	}
}
