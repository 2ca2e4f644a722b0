package vn.canbo.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * An enum's constants as an ordered map (declaration order), for choice lists and
 * dimension labels: {@code EnumLabels.of(Rating.values(), Rating::name, Rating::label)}.
 */
public final class EnumLabels {

	private EnumLabels() {
	}

	/** Each constant's key mapped to its label, in the order of {@code values}. */
	public static <E extends Enum<E>> Map<String, String> of(E[] values, Function<E, String> key,
			Function<E, String> label) {
		Map<String, String> m = new LinkedHashMap<>();
		for (E e : values) {
			m.put(key.apply(e), label.apply(e));
		}
		return m;
	}

}
