package org.baton.web.decisions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.Reaction;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What one step of a decision's process takes (asking for advice, giving it, reacting, amending, answering a
 * consultation, deciding, contesting, answering, recording the result). Each step's form is bound under its own name, so a refusal
 * shows next to the form it came from; the domain says what each step requires.
 */
public class DecisionStepForm {

    private List<UUID> personIds = new ArrayList<>();
    private String advice;
    private Reaction.Kind kind;
    private String comment;
    private List<UUID> principleIds = new ArrayList<>();
    private String proposal;
    private List<UUID> objectionIds = new ArrayList<>();
    private String choice;
    private String rationale;
    private String expectedResult;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewOn;

    private String reason;
    private UUID contestId;
    private String answer;
    private String result;

    public List<UUID> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(List<UUID> personIds) {
        this.personIds = personIds;
    }

    public String getAdvice() {
        return advice;
    }

    public void setAdvice(String advice) {
        this.advice = advice;
    }

    public Reaction.Kind getKind() {
        return kind;
    }

    public void setKind(Reaction.Kind kind) {
        this.kind = kind;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<UUID> getPrincipleIds() {
        return principleIds;
    }

    public void setPrincipleIds(List<UUID> principleIds) {
        this.principleIds = principleIds;
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal;
    }

    public List<UUID> getObjectionIds() {
        return objectionIds;
    }

    public void setObjectionIds(List<UUID> objectionIds) {
        this.objectionIds = objectionIds;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public void setExpectedResult(String expectedResult) {
        this.expectedResult = expectedResult;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public UUID getContestId() {
        return contestId;
    }

    public void setContestId(UUID contestId) {
        this.contestId = contestId;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }
}
