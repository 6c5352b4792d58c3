import { t } from '@/lib/i18n';
import { ConfirmAction } from './ConfirmAction';

interface Props {
  onReset: () => void;
}

/** "Start over", behind a confirmation that says exactly what is erased. */
export function ResetControl({ onReset }: Props) {
  return (
    <ConfirmAction
      opener={t('reset_opener')}
      question={t('reset_question')}
      keep={t('reset_keep')}
      yes={t('reset_yes')}
      onConfirm={onReset}
    />
  );
}
