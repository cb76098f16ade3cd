package org.baton.web.intents;

/** What actually happened, recorded once; the domain refuses an empty one with its own words. */
public class ResultForm {

    private String result;

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }
}
