package org.baton.web.network;

/** An application as someone types it: their motivation, the energy they bring, the initiative they care about. */
public class CoalitionApplicationForm {

    private String motivation;
    private String energy;
    private String initiativeInterest;

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public String getEnergy() {
        return energy;
    }

    public void setEnergy(String energy) {
        this.energy = energy;
    }

    public String getInitiativeInterest() {
        return initiativeInterest;
    }

    public void setInitiativeInterest(String initiativeInterest) {
        this.initiativeInterest = initiativeInterest;
    }
}
