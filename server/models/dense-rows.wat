;; Adding dense weight rows with SIMD: the parser and tagger spend most of their time adding a
;; row of 16-bit class weights per frequent feature into the scores; eight lanes at a time here.
;; Compiled to dense-rows.wasm by `npm run build:wasm` (wabt); the binary is committed.
(module
  (memory (export "memory") 1)
  ;; acc[0..n8*8) (i32) += sum over rows of dense[row*stride .. +n8*8) (i16), 8 lanes at a time
  (func (export "addRows") (param $rowList i32) (param $nRows i32) (param $dense i32) (param $stride i32) (param $acc i32) (param $n8 i32)
    (local $r i32) (local $base i32) (local $j i32) (local $a i32) (local $v v128)
    (local.set $r (i32.const 0))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $r) (local.get $nRows)))
        (local.set $base (i32.add (local.get $dense)
          (i32.mul (i32.load (i32.add (local.get $rowList) (i32.shl (local.get $r) (i32.const 2)))) (local.get $stride))))
        (local.set $j (i32.const 0))
        (local.set $a (local.get $acc))
        (block $rowDone
          (loop $lanes
            (br_if $rowDone (i32.ge_u (local.get $j) (local.get $n8)))
            (local.set $v (v128.load (local.get $base)))
            (v128.store (local.get $a) (i32x4.add (v128.load (local.get $a)) (i32x4.extend_low_i16x8_s (local.get $v))))
            (v128.store offset=16 (local.get $a) (i32x4.add (v128.load offset=16 (local.get $a)) (i32x4.extend_high_i16x8_s (local.get $v))))
            (local.set $base (i32.add (local.get $base) (i32.const 16)))
            (local.set $a (i32.add (local.get $a) (i32.const 32)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $lanes)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rows)))))
