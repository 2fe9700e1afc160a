# complaints with and without the guard
[guarded]
~problem*
~wait*
~had to call
~switch* NEAR/3 provider*
[plain]
problem*
wait*
had to call
switch* NEAR/3 provider*
