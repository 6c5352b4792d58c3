import { ConfirmAction } from './ConfirmAction';

interface Props {
  onReset: () => void;
}

/** "Start over", behind a confirmation that says exactly what is erased. */
export function ResetControl({ onReset }: Props) {
  return (
    <ConfirmAction
      opener="Start over…"
      question="Erase the steps you marked in this extension and start again from step 1? Your account on the court site is not affected."
      keep="Keep my progress"
      yes="Yes, start over"
      onConfirm={onReset}
    />
  );
}
