package org.radiomics4j.examples.demo;
import org.junit.jupiter.api.Test;
class ScratchDice {
    @Test void dice() {
        DemoCohort c = DemoCohort.withSeed(1);
        for (DemoCohort.Patient p : c.patients().subList(0, 8)) {
            DemoCohort.Images im = c.images(p);
            System.out.println(p.id() + " " + im.dice() + " " + im.reader1().count() + " " + im.reader2().count());
        }
    }
}
