package vn.canbo.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The Vietnamese texts of an import template under one bundle prefix
 * ({@code evaluation.template}, {@code training.template}…): headers, help lines and the
 * numbered instruction lines {@code <prefix>.1}, {@code <prefix>.2}… up to the first
 * missing number. Templates are Vietnamese whatever the request's language: a file is
 * matched by its headers on upload.
 *
 * @param prefix the bundle keys' prefix, without the trailing dot
 */
public record TemplateTexts(String prefix) {

	/** The Vietnamese text of {@code <prefix>.<key>}. */
	public String text(String key) {
		return Messages.text(Messages.VIETNAMESE, prefix + "." + key);
	}

	/** The instruction lines {@code <prefix>.1}, {@code <prefix>.2}…, in order. */
	public List<String> instructions() {
		List<String> lines = new ArrayList<>();
		for (int i = 1; Messages.source().getMessage(prefix + "." + i, null, null, Messages.VIETNAMESE) != null; i++) {
			lines.add(text(String.valueOf(i)));
		}
		return lines;
	}

}
