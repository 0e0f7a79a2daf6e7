package org.tarjuman.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap through the collector's notifications: the most heap used just before a
 * collection (the peak the JVM had to make room for) and the most left right after one (an upper
 * bound of what was alive at once). Summing each pool's own peak would overstate the peak, since
 * pools peak at different moments.
 */
final class HeapWatch {

  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong();
  private final AtomicLong gcMillis = new AtomicLong();

  private HeapWatch() {}

  /** Starts watching after a collection, so that what came before does not count. */
  static HeapWatch start() {
    System.gc();
    HeapWatch watch = new HeapWatch();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector)
          .addNotificationListener(
              (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                    notification.getType())) {
                  watch.record(
                      GarbageCollectionNotificationInfo.from(
                          (CompositeData) notification.getUserData()));
                }
              },
              null,
              null);
    }
    return watch;
  }

  private void record(GarbageCollectionNotificationInfo info) {
    peakUsed.accumulateAndGet(used(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
    peakLive.accumulateAndGet(used(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
    gcMillis.addAndGet(info.getGcInfo().getDuration());
  }

  private static long used(Map<String, MemoryUsage> pools) {
    // The collector reports every pool; only the heap's are counted.
    long used = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage usage = pools.get(pool.getName());
      if (usage != null && pool.getType() == java.lang.management.MemoryType.HEAP) {
        used += usage.getUsed();
      }
    }
    return used;
  }

  /** The most heap in use at any moment seen, MiB (now included). */
  double peakUsedMiB() {
    long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return Math.max(peakUsed.get(), now) / 1048576.0;
  }

  /** The most heap left after a collection, MiB: at most what the work needed alive at once. */
  double peakLiveMiB() {
    return peakLive.get() / 1048576.0;
  }

  /** Time the collector reported for its collections, seconds (concurrent phases included). */
  double gcSeconds() {
    return gcMillis.get() / 1000.0;
  }
}
