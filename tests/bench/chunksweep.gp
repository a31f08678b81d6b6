# Throughput by method and chunk size, from run_benchmarks.py's chunk-sweep.dat.
#   gnuplot -e "datafile='chunk-sweep.dat'; outfile='sweep.png'; title='...'" chunksweep.gp
set terminal pngcairo size 900,540 font "DejaVu Sans,11"
set output outfile
set title title
set logscale x 2
set xrange [49152:90000000]
set xtics ("64 KiB" 65536, "256 KiB" 262144, "1 MiB" 1048576, "4 MiB" 4194304, \
           "8 MiB" 8388608, "16 MiB" 16777216, "64 MiB" 67108864)
set xlabel "chunk size (--chunk-size)"
set ylabel "throughput, MiB/s (median)"
set yrange [0:*]
set grid
set key below horizontal
set arrow from 8388608, graph 0 to 8388608, graph 1 nohead dashtype 2 lc rgb "#888888"
set label "default" at 8388608, graph 0.05 offset 0.5,0 tc rgb "#555555"
plot datafile using 1:2 with linespoints lw 2 pt 7 title "sendfile", \
     datafile using 1:3 with linespoints lw 2 pt 5 title "copy\\_file\\_range", \
     datafile using 1:4 with linespoints lw 2 pt 9 title "read-write"
