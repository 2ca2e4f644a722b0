package vn.canbo.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Title standards (tiêu chuẩn chức danh) as effective-dated configuration: one
 * configuration for the whole system (not scoped), edited by an administrator or an
 * organisation officer; every new version audited, the earlier ones kept.
 */
@org.springframework.modulith.NamedInterface("api")
public interface TitleStandards {

	/** Every version, by title then newest first; titleCode null = every title. */
	List<TitleStandard> list(String titleCode);

	/**
	 * The version in force on the date for a title at an administrative level: the one
	 * for that level, else the one for every level.
	 */
	Optional<TitleStandard> inForce(String titleCode, String adminLevel, LocalDate on);

	/**
	 * Adds a version after the last one of the same title and level, closing that one on
	 * the day before. Every error at once (Vietnamese, naming the field), nothing stored.
	 */
	TitleStandard add(TitleStandardInput input);

}
