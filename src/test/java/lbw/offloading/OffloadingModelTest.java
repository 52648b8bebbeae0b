package lbw.offloading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lbw.core.InvalidParameterException;
import org.junit.jupiter.api.Test;

class OffloadingModelTest {

    private static final double EXACT = 1e-12;

    @Test
    void ratesFollowTheModel() {
        OffloadingModel m = OffloadingModel.ofLoad(0.5, 5, 0.5);
        assertEquals(3.0, m.lambda(), EXACT);
        assertEquals(5.0, m.muC1(), EXACT);
        assertEquals(2.0, m.muL2(), EXACT);
        assertEquals(10.0, m.muC2(), EXACT);
        assertEquals(15.0, m.uniformizationRate(), EXACT);
        assertEquals(0.5, m.rho(), EXACT);
        assertTrue(m.withinAssumption());
        assertTrue(m.offloadOnlyStable());
    }

    @Test
    void refusesBadParametersNamingThem() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> OffloadingModel.ofLoad(0.5, 1.0, 0.7));
        assertEquals("K", e.parameter());
        e = assertThrows(InvalidParameterException.class, () -> OffloadingModel.ofLoad(0.5, 4, 1.0));
        assertEquals("f", e.parameter());
        e = assertThrows(InvalidParameterException.class, () -> OffloadingModel.ofLoad(0.5, 4, 0.2));
        assertEquals("f", e.parameter());
        assertTrue(e.getMessage().contains("1/(1+K)"), e.getMessage());
        e = assertThrows(InvalidParameterException.class, () -> OffloadingModel.ofLoad(1.0, 4, 0.5));
        assertEquals("rho", e.parameter());
        e = assertThrows(InvalidParameterException.class, () -> new OffloadingModel(1, 4, 0.5, 5.0));
        assertEquals("rho", e.parameter());
        e = assertThrows(InvalidParameterException.class, () -> OffloadingModel.ofLoad(0.5, 4, 0.5, -1));
        assertEquals("mu0", e.parameter());
    }

    @Test
    void flagsLoadBalancingWithoutThePapersAssumption() {
        // 1/(1+K) = 0.2 < f = 0.22 <= 1/K = 0.25: allowed, but outside the paper's assumption
        OffloadingModel m = OffloadingModel.ofLoad(0.5, 4, 0.22);
        assertFalse(m.withinAssumption());
    }

    @Test
    void heterogeneousStagesMapBackToTheSameRates() {
        OffloadingModel m = OffloadingModel.ofLoad(0.6, 4, 0.4, 2.0);
        OffloadingModel h = OffloadingModel.fromStageRates(m.lambda(), m.muC1(), m.muL2(), m.muC2());
        assertEquals(m.mu0(), h.mu0(), 1e-12);
        assertEquals(m.k(), h.k(), 1e-12);
        assertEquals(m.f(), h.f(), 1e-12);
    }
}
