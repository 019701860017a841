package vn.cps.reporting.domain;

/** One read-model table compared after a replay: its rows live and replayed, and rows found on one side only. */
public record TableComparison(String table, long liveRows, long replayRows, long onlyLive, long onlyReplay) {

    public boolean identical() {
        return onlyLive == 0 && onlyReplay == 0;
    }
}
