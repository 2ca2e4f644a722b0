package vn.canbo.evaluation;

/**
 * The disqualifying conditions of NĐ 335/2025 besides a score below 50 (a): (b)
 * {@code degradation} — concluded to show ideological, ethical or lifestyle degradation,
 * "tự diễn biến", "tự chuyển hóa" or breaches of what party members may not do; (c)
 * {@code disciplined} — disciplined at khiển trách or above in the evaluation year for a
 * service-related violation (also found from the dossier's discipline rows); (d)
 * {@code unitCorruption} — for a leader, a unit under their direct charge involved in
 * corruption or waste. Any of them caps the rating at KHTNV.
 */
@org.springframework.modulith.NamedInterface("api")
public record Disqualifiers(boolean degradation, boolean disciplined, boolean unitCorruption) {

	public static final Disqualifiers NONE = new Disqualifiers(false, false, false);

	public boolean any() {
		return degradation || disciplined || unitCorruption;
	}

}
