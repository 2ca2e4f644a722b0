package vn.canbo.reports;

import java.util.Map;

/**
 * SPI: a module gives the values of a statistics dimension that lives in its own records
 * (e.g. evaluation gives {@link Dim#RATING}, the final rating of the year), without
 * reports reading its tables: it names the values and writes the SQL of the persons'
 * values. Implement it as a Spring bean in your module; {@link DimensionSources} finds
 * every source.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface DimensionSource {

	/** The dimension whose values this source gives. */
	Dim dimension();

	/**
	 * The values in display order → their labels (in the current locale), without the
	 * value "" of the persons who have none.
	 */
	Map<String, String> labels();

	/** The label of the persons who have no value (e.g. "Chưa đánh giá"). */
	String noneLabel();

	/**
	 * A SQL query of {@code (person_id bigint, value text)}, at most one row per person
	 * (several for a multi-valued dimension such as {@link Dim#TRAINED_KIND}), of the
	 * persons who have a value on the date bound to the parameter {@code :d} (the only
	 * parameter it may use); the other persons have the value "".
	 */
	String personValues();

}
