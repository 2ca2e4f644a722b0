package vn.canbo.career.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.canbo.career.Decision;
import vn.canbo.career.DecisionDraft;
import vn.canbo.career.DecisionSigning;
import vn.canbo.career.DecisionSubject;
import vn.canbo.career.DecisionType;

/** The HTML form of a draft decision (bound by Spring MVC; subjects[i].field). */
public class DecisionForm {

	private Long id;

	private Integer version;

	private DecisionType type;

	private String number;

	private LocalDate signedOn;

	private String issuer;

	private String signer;

	private LocalDate effectiveOn;

	private LocalDate endOn;

	private LocalDate referenceOn;

	private Long targetDecisionId;

	private String note;

	private List<SubjectForm> subjects = new ArrayList<>();

	// the document's signing details (DecisionSigning)
	private String place;

	private String proposer;

	private DecisionSigning.Authority signingAuthority;

	private String signerTitle;

	private String recipients;

	/** One person of the decision. */
	public static class SubjectForm {

		private Long personId;

		private String personName;

		private Long unitId;

		private String titleCode;

		private String titleText;

		private boolean concurrent;

		private boolean partyPost;

		private Long positionId;

		private String higherPost = "";

		private String rankCode;

		private Integer step;

		private BigDecimal coefficient;

		private BigDecimal positionAllowance;

		private BigDecimal seniorityPct;

		private Integer incompleteYears;

		private LocalDate returnOn;

		private Integer probationMonths;

		private String note;

		boolean blank() {
			return personId == null && unitId == null && positionId == null
					&& (titleCode == null || titleCode.isBlank()) && (rankCode == null || rankCode.isBlank());
		}

		DecisionSubject toSubject() {
			return new DecisionSubject(null, personId, null, null, unitId, titleCode, titleText, concurrent, partyPost,
					positionId, higherPost == null || higherPost.isBlank() ? null : Boolean.valueOf(higherPost),
					rankCode, step, coefficient, positionAllowance, seniorityPct, incompleteYears, returnOn,
					probationMonths, note);
		}

		static SubjectForm of(DecisionSubject s) {
			SubjectForm f = new SubjectForm();
			f.personId = s.personId();
			f.personName = s.personName();
			f.unitId = s.unitId();
			f.titleCode = s.titleCode();
			f.titleText = s.titleText();
			f.concurrent = s.concurrent();
			f.partyPost = s.partyPost();
			f.positionId = s.positionId();
			f.higherPost = s.higherPost() == null ? "" : s.higherPost().toString();
			f.rankCode = s.rankCode();
			f.step = s.step();
			f.coefficient = s.coefficient();
			f.positionAllowance = s.positionAllowance();
			f.seniorityPct = s.seniorityPct();
			f.incompleteYears = s.incompleteYears();
			f.returnOn = s.returnOn();
			f.probationMonths = s.probationMonths();
			f.note = s.note();
			return f;
		}

		public Long getPersonId() {
			return personId;
		}

		public void setPersonId(Long v) {
			personId = v;
		}

		public String getPersonName() {
			return personName;
		}

		public void setPersonName(String v) {
			personName = v;
		}

		public Long getUnitId() {
			return unitId;
		}

		public void setUnitId(Long v) {
			unitId = v;
		}

		public String getTitleCode() {
			return titleCode;
		}

		public void setTitleCode(String v) {
			titleCode = v;
		}

		public String getTitleText() {
			return titleText;
		}

		public void setTitleText(String v) {
			titleText = v;
		}

		public boolean isConcurrent() {
			return concurrent;
		}

		public void setConcurrent(boolean v) {
			concurrent = v;
		}

		public boolean isPartyPost() {
			return partyPost;
		}

		public void setPartyPost(boolean v) {
			partyPost = v;
		}

		public Long getPositionId() {
			return positionId;
		}

		public void setPositionId(Long v) {
			positionId = v;
		}

		public String getHigherPost() {
			return higherPost;
		}

		public void setHigherPost(String v) {
			higherPost = v;
		}

		public String getRankCode() {
			return rankCode;
		}

		public void setRankCode(String v) {
			rankCode = v;
		}

		public Integer getStep() {
			return step;
		}

		public void setStep(Integer v) {
			step = v;
		}

		public BigDecimal getCoefficient() {
			return coefficient;
		}

		public void setCoefficient(BigDecimal v) {
			coefficient = v;
		}

		public BigDecimal getPositionAllowance() {
			return positionAllowance;
		}

		public void setPositionAllowance(BigDecimal v) {
			positionAllowance = v;
		}

		public BigDecimal getSeniorityPct() {
			return seniorityPct;
		}

		public void setSeniorityPct(BigDecimal v) {
			seniorityPct = v;
		}

		public Integer getIncompleteYears() {
			return incompleteYears;
		}

		public void setIncompleteYears(Integer v) {
			incompleteYears = v;
		}

		public LocalDate getReturnOn() {
			return returnOn;
		}

		public void setReturnOn(LocalDate v) {
			returnOn = v;
		}

		public Integer getProbationMonths() {
			return probationMonths;
		}

		public void setProbationMonths(Integer v) {
			probationMonths = v;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String v) {
			note = v;
		}

	}

	DecisionDraft toDraft() {
		List<DecisionSubject> list = subjects.stream().filter(s -> !s.blank()).map(SubjectForm::toSubject).toList();
		return new DecisionDraft(type, number, signedOn, issuer, signer, effectiveOn, endOn, referenceOn,
				targetDecisionId, note, list,
				new DecisionSigning(place, proposer, signingAuthority, signerTitle, DecisionSigning.lines(recipients)));
	}

	static DecisionForm of(Decision d) {
		DecisionForm f = new DecisionForm();
		f.id = d.id();
		f.version = d.version();
		f.type = d.type();
		f.number = d.number();
		f.signedOn = d.signedOn();
		f.issuer = d.issuer();
		f.signer = d.signer();
		f.effectiveOn = d.effectiveOn();
		f.endOn = d.endOn();
		f.referenceOn = d.referenceOn();
		f.targetDecisionId = d.targetDecisionId();
		f.note = d.note();
		f.subjects = new ArrayList<>(d.subjects().stream().map(SubjectForm::of).toList());
		f.place = d.signing().place();
		f.proposer = d.signing().proposer();
		f.signingAuthority = d.signing().authority();
		f.signerTitle = d.signing().signerTitle();
		f.recipients = d.signing().recipientText();
		return f;
	}

	public Long getId() {
		return id;
	}

	public void setId(Long v) {
		id = v;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer v) {
		version = v;
	}

	public DecisionType getType() {
		return type;
	}

	public void setType(DecisionType v) {
		type = v;
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String v) {
		number = v;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(LocalDate v) {
		signedOn = v;
	}

	public String getIssuer() {
		return issuer;
	}

	public void setIssuer(String v) {
		issuer = v;
	}

	public String getSigner() {
		return signer;
	}

	public void setSigner(String v) {
		signer = v;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public void setEffectiveOn(LocalDate v) {
		effectiveOn = v;
	}

	public LocalDate getEndOn() {
		return endOn;
	}

	public void setEndOn(LocalDate v) {
		endOn = v;
	}

	public LocalDate getReferenceOn() {
		return referenceOn;
	}

	public void setReferenceOn(LocalDate v) {
		referenceOn = v;
	}

	public Long getTargetDecisionId() {
		return targetDecisionId;
	}

	public void setTargetDecisionId(Long v) {
		targetDecisionId = v;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String v) {
		note = v;
	}

	public List<SubjectForm> getSubjects() {
		return subjects;
	}

	public void setSubjects(List<SubjectForm> v) {
		subjects = v;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String v) {
		place = v;
	}

	public String getProposer() {
		return proposer;
	}

	public void setProposer(String v) {
		proposer = v;
	}

	public DecisionSigning.Authority getSigningAuthority() {
		return signingAuthority;
	}

	public void setSigningAuthority(DecisionSigning.Authority v) {
		signingAuthority = v;
	}

	public String getSignerTitle() {
		return signerTitle;
	}

	public void setSignerTitle(String v) {
		signerTitle = v;
	}

	public String getRecipients() {
		return recipients;
	}

	public void setRecipients(String v) {
		recipients = v;
	}

}
