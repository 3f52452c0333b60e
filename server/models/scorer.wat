;; Scoring a perceptron's features in WebAssembly: the tagger and parser spend nearly all their time
;; here (a parser step looks up about a hundred features and adds some seventy rows of class
;; weights). In JavaScript the lookups, the scattered adds and a call per step into the SIMD row
;; adder cost about 16 µs a step; done here in one call, with the dense rows summed lane block by
;; lane block in registers, they cost a fraction of it.
;; Compiled to scorer.wasm by `npm run build:wasm` (wabt); the binary is committed.
;;
;; Memory, laid out by scorer.ts (byte addresses in the globals set by `init`):
;;   features  u32 × n, the hashed features of one decision (written by the caller)
;;   acc       i32 × lanes8·8, the class scores (written here)
;;   rowList   addresses of the dense rows met, sparseList (address, count) of the sparse runs met
;;   wob       i32 × 256: a weight's byte (two's complement, square-root scale) → its weight
;;   slots     (key, value) pairs, open addressing from a key's top bits; key 0 is an empty slot;
;;             value = start << 8 | count: count entries from entry start, or count 0: dense row start
;;   entries   u16: class << 8 | weight byte
;;   dense     rows of i16 class weights, padded to lanes8·8 classes
(module
  (memory (export "memory") 1)
  (global $features (mut i32) (i32.const 0))
  (global $acc (mut i32) (i32.const 0))
  (global $rowList (mut i32) (i32.const 0))
  (global $sparseList (mut i32) (i32.const 0))
  (global $wob (mut i32) (i32.const 0))
  (global $slots (mut i32) (i32.const 0))
  (global $slotMask (mut i32) (i32.const 0))
  (global $slotShift (mut i32) (i32.const 0))
  (global $entries (mut i32) (i32.const 0))
  (global $dense (mut i32) (i32.const 0))
  (global $stride (mut i32) (i32.const 0))
  (global $lanes8 (mut i32) (i32.const 0))
  (global $atoms (mut i32) (i32.const 0))
  ;; where the touching loads go, so that no engine drops them
  (global $sink (mut i32) (i32.const 0))
  (global $templates (mut i32) (i32.const 0))

  (func (export "init")
    (param $features i32) (param $acc i32) (param $rowList i32) (param $sparseList i32) (param $wob i32)
    (param $slots i32) (param $slotMask i32) (param $slotShift i32)
    (param $entries i32) (param $dense i32) (param $stride i32) (param $lanes8 i32)
    (global.set $features (local.get $features)) (global.set $acc (local.get $acc))
    (global.set $rowList (local.get $rowList)) (global.set $sparseList (local.get $sparseList))
    (global.set $wob (local.get $wob))
    (global.set $slots (local.get $slots)) (global.set $slotMask (local.get $slotMask)) (global.set $slotShift (local.get $slotShift))
    (global.set $entries (local.get $entries)) (global.set $dense (local.get $dense))
    (global.set $stride (local.get $stride)) (global.set $lanes8 (local.get $lanes8)))

  (func (export "initTemplates") (param $atoms i32) (param $templates i32)
    (global.set $atoms (local.get $atoms)) (global.set $templates (local.get $templates)))

  ;; features[t] for t in [0, n): the hash of template t's atoms, as hashing.ts makes it: the
  ;; template's seed (its number mixed in, by the caller), each atom mixed in with murmur3's block
  ;; step, then murmur3's finaliser, 0 made 1. A template is six i32: seed, atom count, 4 atom indices.
  (func $templateFeatures (param $n i32)
    (local $t i32) (local $base i32) (local $h i32) (local $j i32) (local $count i32) (local $k i32)
    (local.set $t (i32.const 0))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $t) (local.get $n)))
        (local.set $base (i32.add (global.get $templates) (i32.mul (local.get $t) (i32.const 24))))
        (local.set $h (i32.load (local.get $base)))
        (local.set $count (i32.load offset=4 (local.get $base)))
        (local.set $j (i32.const 0))
        (block $mixed
          (loop $atom
            (br_if $mixed (i32.ge_u (local.get $j) (local.get $count)))
            (local.set $k (i32.load (i32.add (global.get $atoms) (i32.shl
              (i32.load offset=8 (i32.add (local.get $base) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 2)))))
            (local.set $k (i32.mul (i32.rotl (i32.mul (local.get $k) (i32.const 0xcc9e2d51)) (i32.const 15)) (i32.const 0x1b873593)))
            (local.set $h (i32.add (i32.mul (i32.rotl (i32.xor (local.get $h) (local.get $k)) (i32.const 13)) (i32.const 5)) (i32.const 0xe6546b64)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $atom)))
        (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
        (local.set $h (i32.mul (local.get $h) (i32.const 0x85ebca6b)))
        (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))))
        (local.set $h (i32.mul (local.get $h) (i32.const 0xc2b2ae35)))
        (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
        (i32.store (i32.add (global.get $features) (i32.shl (local.get $t) (i32.const 2)))
          (select (local.get $h) (i32.const 1) (local.get $h)))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br $each))))

  ;; acc = the weights of the n templates' features over the atoms the caller wrote
  (func (export "scoreTemplates") (param $n i32)
    (call $templateFeatures (local.get $n))
    (call $score (local.get $n)))

;; the class with the highest score in acc among those in [lo0, hi0), [lo1, hi1) and [lo2, hi2)
  ;; (ascending and disjoint), leaving out ex0 and ex1; the first of equal ones; -1 if none
  (func (export "argmaxIn") (param $lo0 i32) (param $hi0 i32) (param $lo1 i32) (param $hi1 i32)
    (param $lo2 i32) (param $hi2 i32) (param $ex0 i32) (param $ex1 i32) (result i32)
    (local $best i32) (local $bestScore i32) (local $c i32) (local $x i32) (local $range i32) (local $hi i32)
    (local.set $best (i32.const -1))
    (local.set $range (i32.const 0))
    (block $done
      (loop $ranges
        (br_if $done (i32.ge_u (local.get $range) (i32.const 3)))
        (if (i32.eqz (local.get $range)) (then (local.set $c (local.get $lo0)) (local.set $hi (local.get $hi0))))
        (if (i32.eq (local.get $range) (i32.const 1)) (then (local.set $c (local.get $lo1)) (local.set $hi (local.get $hi1))))
        (if (i32.eq (local.get $range) (i32.const 2)) (then (local.set $c (local.get $lo2)) (local.set $hi (local.get $hi2))))
        (block $rangeDone
          (loop $each
            (br_if $rangeDone (i32.ge_s (local.get $c) (local.get $hi)))
            (if (i32.and (i32.ne (local.get $c) (local.get $ex0)) (i32.ne (local.get $c) (local.get $ex1)))
              (then
                (local.set $x (i32.load (i32.add (global.get $acc) (i32.shl (local.get $c) (i32.const 2)))))
                (if (i32.or (i32.lt_s (local.get $best) (i32.const 0)) (i32.gt_s (local.get $x) (local.get $bestScore)))
                  (then (local.set $best (local.get $c)) (local.set $bestScore (local.get $x))))))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))
            (br $each)))
        (local.set $range (i32.add (local.get $range) (i32.const 1)))
        (br $ranges)))
    (local.get $best))

  ;; the features of the n templates only (to check them against hashing.ts)
  (func (export "templateFeatures") (param $n i32)
    (call $templateFeatures (local.get $n)))

  ;; acc = the sum of the weights of features[0..n)
  (func $score (export "score") (param $n i32)
    (local $f i32) (local $key i32) (local $s i32) (local $k i32) (local $v i32)
    (local $nRows i32) (local $nSparse i32) (local $j i32) (local $r i32) (local $off i32)
    (local $lo v128) (local $hi v128) (local $w v128) (local $lo2 v128) (local $hi2 v128) (local $w2 v128)
    (local $p i32) (local $end i32) (local $x i32) (local $a i32)
    ;; 0. touch every feature's first slot, without branching on what is found: the loads do not
    ;; wait on each other, so their cache misses overlap instead of coming one after another
    (local.set $f (i32.const 0))
    (local.set $k (i32.const 0))
    (block $touched
      (loop $touch
        (br_if $touched (i32.ge_u (local.get $f) (local.get $n)))
        (local.set $key (i32.load (i32.add (global.get $features) (i32.shl (local.get $f) (i32.const 2)))))
        (local.set $k (i32.xor (local.get $k) (i32.load (i32.add (global.get $slots)
          (i32.shl (i32.shr_u (local.get $key) (global.get $slotShift)) (i32.const 3))))))
        (local.set $f (i32.add (local.get $f) (i32.const 1)))
        (br $touch)))
    (global.set $sink (local.get $k))
    ;; 1. look every feature up; note where its weights are
    (local.set $f (i32.const 0))
    (block $found
      (loop $each
        (br_if $found (i32.ge_u (local.get $f) (local.get $n)))
        (local.set $key (i32.load (i32.add (global.get $features) (i32.shl (local.get $f) (i32.const 2)))))
        (local.set $f (i32.add (local.get $f) (i32.const 1)))
        (local.set $s (i32.shr_u (local.get $key) (global.get $slotShift)))
        (block $hit
          (loop $probe
            (local.set $k (i32.load (i32.add (global.get $slots) (i32.shl (local.get $s) (i32.const 3)))))
            (br_if $hit (i32.eq (local.get $k) (local.get $key)))
            (br_if $each (i32.eqz (local.get $k)))
            (local.set $s (i32.and (i32.add (local.get $s) (i32.const 1)) (global.get $slotMask)))
            (br $probe)))
        (local.set $v (i32.load offset=4 (i32.add (global.get $slots) (i32.shl (local.get $s) (i32.const 3)))))
        (if (i32.eqz (i32.and (local.get $v) (i32.const 255)))
          (then
            (i32.store (i32.add (global.get $rowList) (i32.shl (local.get $nRows) (i32.const 2)))
              (i32.add (global.get $dense) (i32.mul (i32.shr_u (local.get $v) (i32.const 8)) (global.get $stride))))
            (local.set $nRows (i32.add (local.get $nRows) (i32.const 1))))
          (else
            (local.set $a (i32.add (global.get $sparseList) (i32.shl (local.get $nSparse) (i32.const 3))))
            (i32.store (local.get $a) (i32.add (global.get $entries) (i32.shl (i32.shr_u (local.get $v) (i32.const 8)) (i32.const 1))))
            (i32.store offset=4 (local.get $a) (i32.and (local.get $v) (i32.const 255)))
            (local.set $nSparse (i32.add (local.get $nSparse) (i32.const 1)))))
        (br $each)))
    ;; 2. the dense rows, sixteen classes at a time (the last eight alone), summed in registers
    ;; over all rows: each row address is read once per pass, and the sums never go to memory
    (local.set $j (i32.const 0))
    (block $pairsDone
      (loop $pairs
        (br_if $pairsDone (i32.ge_u (i32.add (local.get $j) (i32.const 1)) (global.get $lanes8)))
        (local.set $off (i32.shl (local.get $j) (i32.const 4)))
        (local.set $lo (v128.const i32x4 0 0 0 0))
        (local.set $hi (v128.const i32x4 0 0 0 0))
        (local.set $lo2 (v128.const i32x4 0 0 0 0))
        (local.set $hi2 (v128.const i32x4 0 0 0 0))
        (local.set $r (i32.const 0))
        (block $rowsDone
          (loop $rows
            (br_if $rowsDone (i32.ge_u (local.get $r) (local.get $nRows)))
            (local.set $a (i32.add (local.get $off)
              (i32.load (i32.add (global.get $rowList) (i32.shl (local.get $r) (i32.const 2))))))
            (local.set $w (v128.load (local.get $a)))
            (local.set $w2 (v128.load offset=16 (local.get $a)))
            (local.set $lo (i32x4.add (local.get $lo) (i32x4.extend_low_i16x8_s (local.get $w))))
            (local.set $hi (i32x4.add (local.get $hi) (i32x4.extend_high_i16x8_s (local.get $w))))
            (local.set $lo2 (i32x4.add (local.get $lo2) (i32x4.extend_low_i16x8_s (local.get $w2))))
            (local.set $hi2 (i32x4.add (local.get $hi2) (i32x4.extend_high_i16x8_s (local.get $w2))))
            (local.set $r (i32.add (local.get $r) (i32.const 1)))
            (br $rows)))
        (local.set $a (i32.add (global.get $acc) (i32.shl (local.get $j) (i32.const 5))))
        (v128.store (local.get $a) (local.get $lo))
        (v128.store offset=16 (local.get $a) (local.get $hi))
        (v128.store offset=32 (local.get $a) (local.get $lo2))
        (v128.store offset=48 (local.get $a) (local.get $hi2))
        (local.set $j (i32.add (local.get $j) (i32.const 2)))
        (br $pairs)))
    (if (i32.lt_u (local.get $j) (global.get $lanes8))
      (then
        (local.set $off (i32.shl (local.get $j) (i32.const 4)))
        (local.set $lo (v128.const i32x4 0 0 0 0))
        (local.set $hi (v128.const i32x4 0 0 0 0))
        (local.set $r (i32.const 0))
        (block $lastDone
          (loop $last
            (br_if $lastDone (i32.ge_u (local.get $r) (local.get $nRows)))
            (local.set $w (v128.load (i32.add (local.get $off)
              (i32.load (i32.add (global.get $rowList) (i32.shl (local.get $r) (i32.const 2)))))))
            (local.set $lo (i32x4.add (local.get $lo) (i32x4.extend_low_i16x8_s (local.get $w))))
            (local.set $hi (i32x4.add (local.get $hi) (i32x4.extend_high_i16x8_s (local.get $w))))
            (local.set $r (i32.add (local.get $r) (i32.const 1)))
            (br $last)))
        (local.set $a (i32.add (global.get $acc) (i32.shl (local.get $j) (i32.const 5))))
        (v128.store (local.get $a) (local.get $lo))
        (v128.store offset=16 (local.get $a) (local.get $hi))))
    ;; 3. the sparse entries, one class each
    (local.set $r (i32.const 0))
    (block $sparseDone
      (loop $runs
        (br_if $sparseDone (i32.ge_u (local.get $r) (local.get $nSparse)))
        (local.set $a (i32.add (global.get $sparseList) (i32.shl (local.get $r) (i32.const 3))))
        (local.set $p (i32.load (local.get $a)))
        (local.set $end (i32.add (local.get $p) (i32.shl (i32.load offset=4 (local.get $a)) (i32.const 1))))
        (block $runDone
          (loop $entry
            (br_if $runDone (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $x (i32.load16_u (local.get $p)))
            (local.set $a (i32.add (global.get $acc) (i32.shl (i32.shr_u (local.get $x) (i32.const 8)) (i32.const 2))))
            (i32.store (local.get $a) (i32.add (i32.load (local.get $a))
              (i32.load (i32.add (global.get $wob) (i32.shl (i32.and (local.get $x) (i32.const 255)) (i32.const 2))))))
            (local.set $p (i32.add (local.get $p) (i32.const 2)))
            (br $entry)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $runs)))))
